// The article behind "Try an example": written for Gloss (fictional people, firms and figures),
// laid out as a news page looks when pasted from a browser: navigation, a newsletter sign-up
// block, a date stamp, headline, byline, share line, photo captions and a reading list around
// the story, and plenty of names and figures inside it.

export const EXAMPLE_TITLE = 'Yorkshire coast towns to get £310m tidal barrier (example)';

export const EXAMPLE_TEXT = `Home | News | UK | Climate | Business | Sport | Opinion
date 2025-03-14
Sign up to our free Coast & Climate newsletter for the week’s biggest environment stories
Enter your email address
Please enter a valid email address
SIGN UP
Tick this box to hear about events and reader offers from The Northern Ledger. See our privacy notice

Yorkshire coast towns to get £310m tidal barrier as storm claims soar
By Eleanor Marsh, Environment Correspondent
Share on Facebook Share on X Share via Email Copy link

Seven coastal towns in North Yorkshire will be protected by a new £310 million tidal barrier, the Environment Agency announced on Thursday, after insurers paid out a record £1.2 billion for storm damage last year.

The scheme, the third largest flood defence project in England, will shield around 14,500 homes between Whitby and Filey from surges that engineers say are now twice as likely as they were in the 1990s.

Environment Secretary Harriet Vale said the barrier would “buy this coast a generation”. Speaking in Scarborough, she said: “We cannot stop the North Sea rising, but we can stop it coming through people’s front doors.”

Waves break over the sea wall at Scarborough during Storm Ingrid in January (PA)

Claims for coastal flooding rose by 38 per cent in 2024 compared with the year before, according to the Association of British Insurers. The average claim reached £41,300, up from £29,800 in 2023.

The Met Office recorded eleven named storms last winter, the most in a single season, with gusts of 92mph measured at Whitby harbour on 21 January.

The barrier will be built by a Dutch-British consortium led by Van Roon Waterbouw, a Rotterdam firm that won a $450m contract for storm gates in New Jersey last year. Its chief engineer, Pieter van Ommen, said each of the 12 steel gates would weigh 2,400 tonnes and could close in under 40 minutes.

Work is due to begin in September and last four years. The Treasury will pay 70 per cent of the cost, with the rest coming from North Yorkshire Council and a levy on new housing.

Environment Secretary Harriet Vale visits the site of the planned barrier at Filey Brigg Getty Images

Not everyone is convinced. The Coastal Fishing Alliance, which represents more than 200 boats, warned that construction could cut catches in the bay by as much as a fifth. Its chair, Tomasz Nowicki, a Polish-born skipper who has fished out of Whitby for 22 years, said members had been “told, not asked”.

House prices in the seven towns fell by 4.5 per cent in the year to February, against a 2.1 per cent rise across England, according to the Office for National Statistics. Estate agents blame rising insurance bills, which have doubled for some seafront homes since 2020.

Ms Vale said the government would publish a full cost-benefit study by June. Mr Nowicki said the alliance would ask for a meeting with her “before the first pile goes in”.

More about: Flooding | Climate | Yorkshire | Insurance
Most read
1. Rail fares to rise by 4.6 per cent from Sunday
2. Council tax: what the new bands mean for you
Join the conversation: 48 comments
`;
