./run.sh p01 --text "Ive been a postie for 12 yrs, walking rounds in all weathers, sorting mail, dealing w customers on the doorstep. My knees are going so I want something less physical, maybe office based." &
./run.sh p02 --title "Bank cashier" --text "Bank cashier for 9 years at Lloyds. Cash handling, balancing tills, opening accounts, fraud checks, cross selling products. Branch is closing so looking at something else." &
./run.sh p03 --text "I'm a dental nurse, I do chairside assisting, sterilising instruments, taking x-rays and patient records on SOE. fed up of the pay and want a change" &
./run.sh p04 --aspiration "teach plumbing at a college" --text "Plumber 15 yrs, boilers, bathrooms, central heating, gas safe registered. Trained a couple of apprentices. Need to get off the tools eventually." &
wait
./run.sh p05 --text "Worked as a lettings negotiator for 5 years - viewings, referencing tenants, inventories, negotiating offers, using Reapit CRM, hitting targets. want to move into something more stable with regular hours" &
./run.sh p06 --district "Malvern Hills" --text "I work on a dairy farm near Tenbury, milking, calving, tractor driving, feeding, hoof trimming and some fencing. The early starts are killing me and I'd like something indoors." &
./run.sh p07 --text "im 16 just finished GCSEs at Droitwich, got a 5 in maths and a 4 in english, love gaming and building pcs, want to do something with computers" &
./run.sh p08 --aspiration "veterinary nurse" --text "Leaving sixth form with A levels in biology, chemistry and psychology. Volunteered at a vets on saturdays cleaning kennels and helping with the animals. Dont want to go to uni." &
wait
./run.sh p09 --text "17, did a year of btec sport but dropped out. I coach under 9s football on sundays and work part time at Greggs serving customers. dunno what i want to do" &
./run.sh p10 --district "Wyre Forest" --text "Just done my GCSEs. I like art and drawing and I make my own clothes on a sewing machine. Interested in fashion or graphic design." &
./run.sh p11 --title "Legal secretary" --text "I've been at home with my kids for 8 years. Before that I was a legal secretary at a solicitors in Worcester - audio typing, conveyancing files, diary management, dealing with clients on the phone. Want to go back part time." &
./run.sh p12 --text "Returning to work after caring for my mum. I used to be a laboratory technician at a water company testing samples - pH, microbiology, recording results on LIMS. Been out 6 years so need updating." &
wait
./run.sh p13 --text "Ex forces - 12 years in the Royal Engineers as a plant operator (excavators, dumpers, rollers), then 3 years at home with family. My CSCS card has lapsed. Looking to get back into work." &
./run.sh p14 --aspiration "AAT accounting technician" --text "Used to work as a bookkeeper - Sage 50, payroll, VAT returns, purchase and sales ledger, bank reconciliations. Took 5 yrs out to raise my kids, want to get back into accounts." &
./run.sh p15 --text "I have fibromyalgia and can't do long shifts on my feet any more. I was a supermarket supervisor - rotas, ordering stock, training new staff, cashing up. Looking for work I can do from home." &
./run.sh p16 --text "Been off with depression and anxiety after 10 years as a primary school teaching assistant. Supported children with SEN, ran phonics groups, 1:1 reading. I need something quieter with fewer people." &
wait
./run.sh p17 --text "Registered partially sighted. Worked in a call centre for an energy company handling complaints and billing queries for 6 years. Very good with screen readers and JAWS, Excel. Would love to do something in IT." &
./run.sh p18 --title "Roofer" --text "Roofer for 20 years, had a fall and have a back injury now, cant climb ladders. Know all about slate and tiles, leadwork, flat roofing, pricing up jobs and dealing with customers. what can I do?" &
./run.sh p19 --aspiration "paramedic" --text "I'm a bus driver for First, PCV licence, 8 years. Good with the public, stay calm when things kick off, first aid trained. I really want to become a paramedic." &
./run.sh p20 --aspiration "digital marketing" --text "Work as a receptionist at a hotel - check ins, bookings on Opera, handling complaints, taking payments. I also run the hotel's instagram and facebook pages and want to get into marketing." &
wait
