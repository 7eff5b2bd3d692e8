/// The skills taxonomy mapped to the IfATE occupational routes.
public enum TaxonomyModule {}
