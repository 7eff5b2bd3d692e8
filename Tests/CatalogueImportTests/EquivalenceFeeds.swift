// MARK: - Awkward XCRI-CAP feeds for the mapper comparison

/// Hand-written feeds that reach the mapper's rarer paths: nested and mixed XHTML, links, skipped
/// elements, CDATA, every kind of located warning and error, the 1.1 shapes, odd roots and prefixes.
enum EquivalenceFeeds {
    static let namespaces = #"""
    xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo" \#
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:dcterms="http://purl.org/dc/terms/" \#
    xmlns:t="http://xcri.org/profiles/catalog/terms" xmlns:cdpx="http://xcri.co.uk/" xmlns:h="http://www.w3.org/1999/xhtml"
    """#

    static let all: [String] = [
        // Rich text: nested blocks, lists, links with and without their address in the label, skipped
        // elements, CDATA with HTML, mixed text and elements, several descriptions of several types.
        #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <catalog \#(namespaces)>
        <provider><dc:identifier xsi:type="cdpx:ukprn">1234567</dc:identifier><dc:identifier>www.example.ac.uk</dc:identifier>
        <dc:title>Awkward College</dc:title><mlo:url>example.ac.uk/home</mlo:url>
        <course><dc:identifier xsi:type="cdpx:internalID">A-1</dc:identifier><dc:identifier>https://example.ac.uk/a1</dc:identifier>
        <dc:title xml:lang="cy">Cwrs</dc:title><dc:title xml:lang="en-GB">Plumbing &amp; Heating Level 2</dc:title>
        <dc:description><h:div>Intro <h:b>bold</h:b> text<h:ul><h:li>One</h:li><h:li>Two <h:a href="https://x.example/two">link</h:a></h:li></h:ul>
        <h:p>See <h:a href="https://example.ac.uk/p">https://example.ac.uk/p</h:a> and <h:a href="javascript:alert(1)">this</h:a>.</h:p>
        <h:script>alert("x")</h:script><h:img src="a.png"/><h:br/>Tail<h:table><h:tr><h:td>cell</h:td></h:tr></h:table></h:div></dc:description>
        <dc:description xsi:type="t:leadsTo"><![CDATA[<p>Go on to <a href="mailto:info@example.ac.uk">email us</a> &amp; more</p><style>p{}</style>]]></dc:description>
        <dc:description xsi:type="t:funding">Free for &lt;19s</dc:description>
        <dc:description xsi:type=":teachingStrategy">Workshops</dc:description>
        <dc:description type="support">Extra support</dc:description>
        <dc:description xsi:type="t:entryProfile">GCSE maths</dc:description>
        <dc:description xsi:type="t:unknownKind">Dropped</dc:description>
        <abstract>Short</abstract><abstract>Second abstract ignored</abstract>
        <learningOutcome>Fix pipes</learningOutcome><mlo:objective>Be safe</mlo:objective>
        <mlo:prerequisite>None</mlo:prerequisite><mlo:assessment>Practical</mlo:assessment>
        <dc:subject xsi:type="cdpx:ifateRoute" identifier="construction"/><dc:subject xsi:type="cdpx:ifateRoute">Digital</dc:subject>
        <dc:subject xsi:type="cdpx:ifateRoute" identifier="nonsense"/><dc:subject identifier="XA.1" xsi:type="cdpx:LDCS">Plumbing</dc:subject>
        <dc:subject>Health and Science</dc:subject><dc:subject/>
        <dc:type>Vocational</dc:type><mlo:url>https://example.ac.uk/courses/a1</mlo:url>
        <mlo:qualification><dc:identifier>603/1234/5</dc:identifier><dc:title>Diploma in Plumbing</dc:title><abbr>Dip</abbr>
        <accreditedBy>EAL</accreditedBy><mlo:level>Level 2</mlo:level></mlo:qualification>
        <presentation><dc:identifier>R1</dc:identifier><dc:title>Evening run</dc:title>
        <mlo:start dtf="2027-09-06">6 September 2027</mlo:start><end dtf="2028-07">July 2028</end>
        <mlo:duration interval="P1Y">One year</mlo:duration><studyMode identifier="PT">Part time</studyMode>
        <attendanceMode>Blended learning</attendanceMode><attendancePattern>Evening</attendancePattern>
        <mlo:places>12 places</mlo:places><mlo:cost>£1,200.50 per year</mlo:cost>
        <dc:description xsi:type="t:funding"><h:p>Loans available</h:p></dc:description>
        <applyTo>www.example.ac.uk/apply</applyTo>
        <venue><provider><dc:identifier>V1</dc:identifier><dc:title>Main Site</dc:title><mlo:location>
        <mlo:address>Line one</mlo:address><mlo:address xsi:type="geo:lat">52.1</mlo:address><mlo:street>High St</mlo:street>
        <mlo:town>Kidderminster</mlo:town><mlo:postcode>DY10 1AB</mlo:postcode><mlo:email>a@b.ac.uk</mlo:email>
        <mlo:phone>01562 000000</mlo:phone><mlo:url>example.ac.uk/main</mlo:url></mlo:location></provider></venue></presentation>
        <presentation><dc:identifier>R1</dc:identifier><mlo:start dtf="2025-01-06">6 January 2025</mlo:start>
        <mlo:duration interval="bad">ten weeks</mlo:duration><studyMode>Flexible</studyMode><attendanceMode identifier="XX"/>
        <attendancePattern>Full time</attendancePattern><applyTo>send a letter</applyTo>
        <venue><provider><mlo:location><mlo:postcode>NOT A CODE</mlo:postcode></mlo:location></provider></venue></presentation>
        <presentation><mlo:start dtf="2027-13-45">Roll on roll off</mlo:start><mlo:start>ignored second start</mlo:start>
        <mlo:duration>Varies</mlo:duration><venue><provider><dc:identifier>EMPTY</dc:identifier></provider></venue></presentation>
        <presentation><mlo:start dtf="2027-10-01">1 November 2027</mlo:start><mlo:cost>TBC</mlo:cost></presentation>
        </course>
        </provider></catalog>
        """#,
        // Located warnings and errors: missing title, derived and duplicate identifiers, long abstract,
        // placeholder text, wrong case and namespaces, unknown levels, several courses on one line.
        #"""
        <catalog \#(namespaces)><provider><dc:title>One Line College</dc:title><course><dc:title>Untitled-less</dc:title><abstract>\#(String(repeating: "Long abstract text. ", count: 10))</abstract><dc:description>Lorem ipsum dolor sit amet</dc:description><mlo:url>https://example.ac.uk/x</mlo:url></course><course><dc:identifier>D-1</dc:identifier><dc:description>No title here</dc:description></course><course><dc:identifier>D-1</dc:identifier><dc:title>First D-1</dc:title><Presentation><mlo:Start>March 2027</mlo:Start></Presentation><presentation><StudyMode>FT</StudyMode><dc:start>April 2027</dc:start><mlo:end>May 2027</mlo:end></presentation></course><course><dc:identifier>D-1</dc:identifier><dc:title>Second D-1</dc:title></course><course><dc:identifier>E-1</dc:identifier><dc:title>Mystery level course</dc:title><mlo:level>Grade Q</mlo:level><mlo:qualification><mlo:title>Award</mlo:title><dcterms:educationLevel>Entry level 3</dcterms:educationLevel></mlo:qualification><presentation><mlo:start>Start any time</mlo:start></presentation></course><course><dc:identifier>E-2</dc:identifier><dc:title>Level 4 HNC in Engineering</dc:title><mlo:level>Grade Q</mlo:level><applyto>x</applyto></course></provider></catalog>
        """#,
        // XCRI-CAP 1.1: venues with their address directly inside, default namespace, 1.1 terms.
        #"""
        <catalog xmlns="http://xcri.org/profiles/catalog" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <provider><identifier>10001234</identifier><name>Old Format College</name><address>1 Road</address><town>Bewdley</town><postcode>DY12 2AA</postcode>
        <course><identifier>OLD-1</identifier><title>Basic Cookery</title><description>Cook things.</description><level>1</level>
        <presentation><identifier>OLD-1-A</identifier><start>2027-01-10</start><end>2027-03-10</end><studyMode>part-time</studyMode>
        <venue><identifier>VEN</identifier><name>Kitchen</name><address>2 Road</address><town>Bewdley</town><postcode>DY12 2AB</postcode></venue></presentation>
        </course></provider>
        <provider><name>Second Provider</name><course><identifier>OLD-2</identifier><title>Second provider's course</title></course></provider>
        </catalog>
        """#,
        // No namespace at all, courses straight under the catalog, an unknown root child, xsi:type
        // with an undeclared prefix, an entity reference that is not substituted.
        #"""
        <?xml version="1.0"?>
        <!DOCTYPE catalog [<!ENTITY org "Declared Org">]>
        <catalog xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><generator>tool</generator>
        <course><identifier xsi:type="nope:internalID">N-1</identifier><title>No namespace &org; course</title>
        <presentation><start dtf="2027-02">February 2027</start><cost>£20</cost><places>ten</places></presentation></course>
        <course><identifier>N-2</identifier><title>  Spaces
           and lines  </title><subject xsi:type="undeclared:ifateRoute">Care services</subject></course>
        </catalog>
        """#,
        // Roots other than catalog, and feeds that are not XCRI-CAP.
        #"<course xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier>ROOT-C</dc:identifier><dc:title>Root course</dc:title></course>"#,
        #"<provider xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Root provider</dc:title><course><dc:title>Under root provider</dc:title></course></provider>"#,
        #"<rss version="2.0"><channel><title>Not a feed</title></channel></rss>"#,
        #"<catalog xmlns="http://xcri.org/profiles/1.2/catalog"><provider><course><title>Broken</course></provider></catalog>"#,
        #"<catalog xmlns="http://xcri.org/profiles/1.2/catalog"><provider><title>Empty provider</title></provider></catalog>"#,
    ]
}
