"""Topic inference: a course title (and description) -> the ledger's topic ids, with confidences.

A captured certificate rarely names an ASCP content area; its course title does, in the trade's
own words ("Coag Case Studies", "Antibody ID", "Prevention of Medical Errors (2 hr)"). This module
reads those words with a curated lexicon of weighted domain terms, one block per topic id in
`cetrack/data/vocabulary.toml`:

- a term is one or more words; `word*` matches any word starting with `word`, `=WORD` matches
  only that exact spelling (case-sensitive acronyms such as `=BB`, `=PA`, `=FISH`, `=AIDS`,
  which are ordinary words in lower case);
- terms are matched greedily left to right, longest first, and each word is used once, so a
  phrase settles an ambiguity: "blood culture" is microbiology and never blood banking, "urine
  cytology" is cytology and not urinalysis, "point-of-care ultrasound" is nothing at all;
- a weight of about 1 is decisive evidence, 0.3-0.6 is a hint that needs company, and a negative
  weight is a counter-cue ("serology" pulls an infectious-disease title to immunology, the
  convention ASCP's content outline follows);
- pseudo-topics: `_lab` marks laboratory-science wording that belongs to no particular topic
  (the only way to "general"), `_stop` consumes words that mean nothing here ("continuing
  education", "hearing aids", "first aid").

Labelling conventions the lexicon follows (the same ones as the labelled set
`cetrack/data/topic-titles.csv` and its benchmark, `bench/topics.py`):

- the Florida medical-errors course is patient-safety content, so `medical-errors` implies
  `safety` (ASCP counts patient safety as "laboratory or patient safety");
- Florida law content is `fl-laws-rules`, not also `laboratory-operations`;
- serology for an infection (hepatitis B, syphilis, Lyme, EBV) is `immunology`; culture,
  identification, susceptibility and virology are `microbiology`;
- supervising people is `supervision` (and usually `management`); CLIA's director and supervisor
  duties are `supervision` and `laboratory-operations`;
- `general` only when there is laboratory-science wording and no topic fits.

Capture never decides compliance alone. The topics that carry a required minimum of their own
(`MANDATORY_TOPICS`: Florida laws and rules, HIV/AIDS, prevention of medical errors, safety,
ethics) are guessed only on decisive evidence - a term of weight `STRONG_WEIGHT` or more in the
title ("Westgard Rules" is no evidence of Florida law, "Transfusion reactions" none of a safety
course) - and are taken (`topic_ids`, pre-ticked on the review screen) only from
`MANDATORY_THRESHOLD`, not the ordinary `DEFAULT_THRESHOLD`. A weaker guess is shown to the
reviewer unticked (`pretick`).

The result is deterministic, needs no network or model and runs at tens of thousands of titles a
second. Nothing is returned for a title without evidence ("Excel Tips for Beginners").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from cetrack.core.vocabulary import vocabulary

# Guesses below this are not returned at all; the reviewer sees the rest with their confidence.
MIN_CONFIDENCE = 0.4
# `topic_ids` default: a guess at or above this is taken as a topic of the activity.
DEFAULT_THRESHOLD = 0.5
# Description words count less than title words: descriptions wander (objectives, audience).
DESCRIPTION_WEIGHT = 0.5
# Confidence from evidence: 1 - exp(-STEEPNESS * score); a weight-1.0 term alone gives 0.70.
STEEPNESS = 1.2
# Further evidence for the same topic adds less: the 2nd term counts half, the 3rd a quarter...
DECAY = 0.5
# What "general" gets when laboratory wording is present but no topic reached the threshold.
GENERAL_CONFIDENCE = 0.55
# Topics with a required minimum of their own: a wrong tick can show a requirement as met.
MANDATORY_TOPICS = frozenset({"fl-laws-rules", "hiv-aids", "medical-errors", "safety", "ethics"})
# A mandatory topic is guessed only when one term of at least this weight names it (a decisive
# term, not hints adding up; description words count half, so never alone).
STRONG_WEIGHT = 1.0
# ... and taken (pre-ticked) only from this confidence: one weight-1.2 term, or several terms.
MANDATORY_THRESHOLD = 0.75


@dataclass(frozen=True, slots=True)
class TopicGuess:
    """One inferred topic: its vocabulary id, how sure we are (0..1) and the words behind it."""

    topic: str
    confidence: float
    matched: str


# --------------------------------------------------------------------------------------------
# The lexicon. One block per topic id; each line is `weight  term | term | ...`.
# --------------------------------------------------------------------------------------------

_LEXICON: dict[str, str] = {
    "hematology": """
        1.2  hematolog* | haematolog* | hematopatholog* | coagulation | coag | hemostas*
             | haemostas* | peripheral smear* | blood smear* | peripheral blood smear*
             | bone marrow aspirat* | complete blood count | red cell morpholog*
        1.0  heme | hgb | hemoglobin | hemoglobinopath* | anemia* | anaemia* | thalassemi*
             | thalassaemi* | sickle | leukemia* | leukaemia* | myelodysplas* | myeloproliferative
             | =MPN | =MDS | =AML | =CLL | =CML | bone marrow | cbc | rbc | wbc | white cell*
             | thrombocytopen* | thrombocytosis | neutropeni* | lymphocytosis | eosinophil*
             | basophil* | reticulocyt* | erythrocyt* | poikilocyt* | schistocyt* | spherocyt*
             | smudge cell* | auer | coagulopath* | thrombophilia | thrombosis | thromboembol*
             | =VTE | =DVT | anticoagul* | heparin | warfarin | =INR | aptt | =PTT | =PT
             | prothrombin time | fibrinogen | d dimer | ddimer | =DIC | von willebrand | =VWD
             | hemophilia* | haemophilia* | mixing stud* | doac* | anti xa | =ESR | sed rate
             | westergren | sysmex | =DxH | cellavision | stago | werfen | acl top
             | scattergram* | viscoelastic | =TEG | rotem | iron deficiency | polycythemia
             | cytopeni* | hemolytic anemia* | bleeding disorder* | clotting | =MCV | =RDW
             | blast* | immunophenotyp* | lupus anticoagulant* | hemoglobin electrophoresis
             | hgb electrophoresis | myeloproliferative neoplasm* | myeloid neoplasm*
             | lymphoid neoplasm* | hematologic neoplasm* | hematologic malignanc*
             | plasma cell neoplasm* | heme malignanc* | erythropoie* | red blood cell*
             | red cell indices | rbc indices | factor assay* | bethesda assay | cytochemi*
             | leukocyte alkaline phosphatase | osmotic fragility | purpura | =TTP | adamts13
             | =ITP | hemochromatosis | antiphospholipid | hemoglobin variant* | methemoglobin*
             | granulocyt* | megakaryocyt* | hematocrit | =Hct | =MCH | =MCHC | leukopeni*
             | pancytopeni* | macrocyt* | microcyt* | hypochrom* | anticoagulation
             | hypercoagul* | bleeding | fibrinoly* | =PFA | platelet function | aggregometr*
             | =HIT | =ATIII | antithrombin | protein c | protein s
        0.8  platelet* | lymphoma* | myeloid | lymphoid | lymphocyt* | neutrophil* | monocyt*
             | factor v leiden | red cell* | hematopoietic | leukocyt* | clot | plasma cell*
             | minimal residual disease | =MRD | =ACT | activated clotting time
        0.6  smear* | differential* | ferritin | =B12 | folate | thrombotic
        0.5  myeloma | flow cytometr*
        0.4  cell count* | coulter | hemolysis | iron | morpholog* | malaria | indices
             | inhibitor* | iron overload
    """,
    "chemistry": """
        1.2  clinical chemistr* | chemistry | toxicolog* | therapeutic drug* | =TDM
             | hemoglobin a1c | glycated hemoglobin | troponin* | cardiac biomarker*
             | cardiac marker* | tumor marker* | anion gap | acid base | lipid panel*
             | liver function | renal function | kidney function | thyroid function
        1.0  tox | drug screen* | drugs of abuse | urine drug* | overdose* | poison*
             | fentanyl | opioid* | opiate* | cannabis | =THC | cannabinoid* | ethanol
             | toxic alcohol* | methanol | ethylene glycol | acetaminophen | salicylate*
             | heavy metal* | lead poisoning | arsenic | immunosuppressant* | tacrolimus
             | cyclosporin* | lithium | digoxin | mass spectrometr* | lc ms | lc ms ms | gc ms
             | biotin | glucose | glycem* | hypoglycem* | hyperglycem* | a1c | hba1c | diabet*
             | =OGTT | glucose tolerance | insulin | lipid* | cholesterol | =LDL | =HDL | ldl c
             | triglycerid* | lipoprotein* | bilirubin | alkaline phosphatase | =GGT
             | electrolyte* | sodium | potassium | hyperkal* | hypokal* | hyponatr* | hypernatr*
             | chloride | bicarbonate | blood gas* | osmolal* | =eGFR | ckd epi | creatinine
             | cystatin c | =BUN | =TSH | free t4 | cortisol | adrenal | endocrin* | hormone*
             | =PSA | ca 125 | =CEA | =AFP | =CK | ck mb | =BNP | nt probnp | probnp
             | natriuretic peptide* | procalcitonin | lactate | ammonia | amylase | lipase
             | pancreatitis | vitamin d | vitamin* | quad screen | maternal serum
             | spectrophotometr* | photometr* | beer law | icterus | icteric | lipemi* | =HIL
             | serum protein electrophoresis | =SPEP | =UPEP | osmolality | calcium | magnesium
             | phosphorus | ketone* | sweat chloride | cobas | atellica | vitros | alinity
             | =ABL90 | radiometer | assay interferenc* | hcg | estradiol | testosterone
             | myocardial infarction | hyperkalemi* | hypokalemi* | acute kidney injury
             | kidney injury | chemical pathology | capillary electrophoresis
             | porphyri* | hook effect | drug testing | pain management | parathyroid | =PTH
             | kidney stone* | calculi | oximetr* | co oximetr* | hemochromatosis
             | aldosterone | renin | catecholamine* | metanephrine* | pheochromocytoma
             | prolactin | fertility hormone* | =AMH | preeclampsia | =HbA1c | uric acid
             | enzymolog* | isoenzyme* | cardiac enzyme* | troponin
             | hyperlipidemi* | cardiovascular risk | =Lp a | lipoprotein a | apolipoprotein*
             | immunosuppress* | antiepileptic* | anticonvulsant* | valproic | phenytoin
             | carbamazepine | aminoglycoside level* | vancomycin level* | drug level*
             | forensic toxicolog* | postmortem toxicolog* | doping | ethyl glucuronide
             | =EtG | benzodiazepine* | amphetamine* | cocaine | xylazine | kratom | steroid*
             | =CO2 | carbon monoxide | trace element* | zinc | copper | selenium
        0.8  liver | hepatic | renal | thyroid | inborn error* | newborn screening
             | free light chain* | immunofixation | metabol* | liver injury
        0.6  alcohol* | heart failure | sepsis biomarker* | light chain* | glucose meter*
             | glucometer* | electrophoresis | albumin | iron overload | enzyme* | sugar
        0.5  immunoassay*
        0.6  biochem*
        0.4  sepsis | reference interval* | hemolysis | iron | ferritin | =B12 | folate
             | toxic | protein* | interferenc*
    """,
    "microbiology": """
        1.2  microbiolog* | bacteriolog* | mycolog* | parasitolog* | virolog* | mycobacteriolog*
             | antimicrobial susceptib* | antimicrobial stewardship | antibiogram* | maldi
             | maldi tof | maldi tof mass spectrometr* | gram stain* | blood culture*
             | urine culture* | stool culture* | wound culture* | ova and parasite*
        1.0  micro | bacteri* | fung* | mold | molds | yeast* | candida | auris | aspergill*
             | dimorphic | cryptococc* | parasit* | helminth* | protozoa* | malaria
             | plasmodium | babesia | trypanosom* | giardia | cryptosporid* | mycobacter*
             | tuberculosis | =TB | =MTB | =AFB | acid fast | =MRSA | =VRE | staphylococc*
             | streptococc* | strep | enterococc* | enterobacter* | e coli | escherichia
             | salmonella | shigella | =STEC | campylobacter | clostrid* | c diff | difficile
             | anaerob* | aerob* | pseudomonas | acinetobacter | neisseria | gonorrh*
             | chlamydia | helicobacter | h pylori | antimicrobial* | antibiotic* | susceptib*
             | =AST | =MIC | breakpoint* | m100 | carbapenem* | =CRE | =CPE | esbl* | ampc
             | beta lactamase* | lactamase* | vitek | microscan | meningitis | microbe
             | microbial | microorganism* | agar | bugs and drugs | bioterror*
             | sentinel laborator* | sentinel lab | select agent* | anthrax | =ASM | herpes*
             | =HSV | =CMV | cytomegalovirus | influenza | =RSV | respiratory virus*
             | respiratory pathogen* | sars | cov | covid* | coronavirus | enteric*
             | =STI | =STD | sexually transmitted | urinary tract infection* | =UTI | pathogen*
             | clinical virology | dermatophyt* | mycos* | mycosis | trichomon* | vaginitis
             | vaginosis | arbovirus* | zika | dengue | west nile | chikungunya | mpox | monkeypox
             | measles | mumps | rubella | varicella | norovirus | rotavirus | adenovirus
             | enterovirus | parvovirus | hantavirus | rabies | prion* | bordetella | pertussis
             | legionella | nocardia | actinomyc* | listeria | vibrio | yersinia | francisella
             | tularemia | brucell* | plague | botulism | klebsiella | proteus | serratia
             | haemophilus | moraxella | corynebacter* | diphtheria | bacillus | bacilli | cocci
             | gram negative* | gram positive* | rods | coccidioid* | histoplasm* | blastomyc*
             | pneumocystis | mucor* | fusarium | toxoplasm* | leishmania | strongyloid*
             | schistosom* | pinworm* | tapeworm* | hookworm* | ascaris | entamoeba | amoeb*
             | cyclospora | microsporid* | trichinell* | filaria* | onchocerc* | naegleria
             | tick borne | vector borne | zoonos* | zoonotic | outbreak* | emerging infectious
             | healthcare associated infection* | =HAI | =CLABSI | nosocomial
             | biochemical identification | staph | =GBS | group b strep* | group a strep*
             | colonization | carbapenemase* | =KPC | =NDM | colistin | daptomycin | vancomycin
             | =MDRO | multidrug resistan* | antifungal* | antiviral* | antiparasitic | biofilm*
             | mycoplasm* | ureaplasm* | gardnerella | treponema pallidum | spirochet*
             | rickettsi* | ehrlichi* | anaplasm* | orthomyxovirus | papillomavirus
        0.8  virus* | viral | infectious | infection* | wound* | gi pathogen* | sentinel
             | culture*
             | ebola | special pathogen* | biofire | =BD phoenix | bd phoenix
             | blood culture contamination
        0.6  syndromic | sepsis | =BT | hepatitis | genexpert | cepheid | gram | lyme
             | rapid antigen | syphilis | borrelia | =TOF | tof | infection control | igra | quantiferon
        0.4  stool | epstein barr | =EBV | mono | mononucleosis | surveillance | isolat*
             | vaccin*
       -0.6  serolog* | serologic*
    """,
    "blood-banking": """
        1.2  blood bank* | immunohematolog* | transfusion* | transfus* | crossmatch*
             | antibody identification | antibody id | antibody screen* | red cell antibod*
             | patient blood management | type and screen
             | type and crossmatch | hemolytic disease of the fetus* | hemolytic disease of the newborn
             | =HDFN | =HDN | kleihauer* | fetal bleed* | fetomaternal | massive transfusion
             | =SBB | aabb | specialist in blood bank* | transfusion reaction*
        1.0  =BB | alloantibod* | warm autoantibod* | =ABO | =Rh | rhig | rh immune globulin
             | rhogam | weak d | kell | kidd | duffy | direct antiglobulin | indirect antiglobulin
             | antiglobulin | coombs | =DAT | =IAT | uncrossmatched | emergency release
             | irradiat* | leukoreduc* | apheresis | plasmapheresis | plasma exchange
             | cold agglutinin* | adsorption* | elution* | daratumumab | anti cd38
             | pretransfusion | compatibility testing | solid phase | gel card* | immucor
             | ortho vision | lookback | look back | blood donor* | blood donation | donor eligib*
             | blood component* | blood product* | blood supply | blood group* | blood type*
             | blood typing | hemovigilance | cellular therap* | hematopoietic progenitor cell*
             | cord blood | wrong blood in tube | =WBIT | =PBM | =MTP | bacterial risk control
             | individual risk assessment | red cell genotyp* | platelet transfusion*
             | anti d | =RhD | rhd | prewarm* | pre warm* | antibody titer* | antibody titration
             | titration | blood inventory | blood utilization | autologous | directed donation
             | plasma product* | cryoprecipitate | =FFP | fresh frozen plasma | red cell unit*
             | packed red cell* | whole blood | =RBCs | rbcs | transfusion service*
             | antigen negative | rare donor* | alloimmuniz* | refractor*
             | =HPC | stem cell processing | blood center* | donor center* | =TRALI | =TACO
        0.6  donor* | agglutin* | component modification | =RBC antibod* | =TTI | titer* | titre*
        0.5  antibody panel*
        0.3  bloody | gel
       -0.8  solid organ transplant* | =HLA
    """,
    "immunology": """
        1.2  immunolog* | serolog* | serologic* | autoimmun* | histocompatib* | allerg*
        1.0  =ANA | antinuclear | =ENA | dsdna | anti dsdna | anti ccp | =CCP | rheumatoid factor
             | rheumatoid | lupus | =SLE | vasculitis | =ANCA | complement | ch50 | celiac
             | coeliac | tissue transglutaminase | =tTG | =IgE | immunoglobulin* | immunodeficien*
             | =HLA | elisa | =EIA | =IFA | immunofluorescen* | =CD4 | cytokine* | =CRP
             | c reactive protein | rpr | treponem* | hbsag | anti hbs | heterophile
             | mononucleosis | thyroid autoantibod* | autoantibod* | solid organ transplant*
             | ag ab | antigen antibody | igra | quantiferon | interferon gamma | myositis
             | scleroderma | sjogren* | antiphospholipid | hashimoto* | graves | myasthenia
             | oligoclonal | vaccine response* | immune response* | immune system | =TORCH
             | cryoglobulin* | immune complex* | hypersensitivit* | anaphyla* | tryptase
             | lymphocyte subset* | t cell* | b cell* | =NK | =HLA B27 | transplant immunolog*
             | =DSA | donor specific antibod* | immunosenescence | =IgG4 | sarcoid*
             | heterophil* | paraprotein* | regulatory t cell*
        0.8  immunofixation | free light chain* | inflamm* | =IgG | =IgM | =IgA
             | transplant* | antibod* | hepatitis b | lyme | syphilis | =EBV | epstein barr
             | chemiluminescen*
        0.5  hepatitis | monoclonal* | fourth generation | 4th generation | immunoassay*
        0.4  flow cytometr*
    """,
    "molecular": """
        1.2  molecular | =PCR | pcr | next generation sequencing | =NGS | ngs | nucleic acid*
             | liquid biops* | pharmacogen* | =PGx | pgx | bioinformatic* | =RT pcr | qpcr
             | digital pcr | =dPCR | real time pcr | =NAAT | naat | sanger
             | microsatellite instability | =MSI | crispr | circulating tumor dna | =ctDNA
             | =cfDNA | cell free dna | metagenomic*
        1.0  sequenc* | dna | rna | amplification | isothermal | =LAMP | genotyp* | cyp2c19
             | cyp2d6 | cyp* | bcr abl* | bcr abl1 | =JAK2 | jak2 | =FLT3 | =NPM1 | =KRAS | =EGFR
             | =BRAF | mismatch repair | tumor mutation* | viral load | mutation* | genomic*
             | genome | exome | primer* | genexpert | biofire | dna extraction
             | =AMP | precision medicine | precision oncology | companion diagnostic*
             | methylation | transcriptom* | rna seq | microarray | in situ hybridization | =ISH
             | ish | gene | genes
        0.8  cepheid | syndromic | =HPV | hpv | factor v leiden | red cell genotyp*
             | carrier screening | brca* | fragile x | acmg | cystic fibrosis | copy number
             | cytogenomic* | hereditary cancer* | =NIPT | nipt | library prep*
        0.6  multiplex
        0.5  variant* | extraction | =LDT | =LDTs | laboratory developed test* | lab developed test*
        0.4  =MRD | minimal residual disease | probe* | oncology | prenatal | hereditary
             | sample pooling | pooling
    """,
    "genetics": """
        1.2  cytogenetic* | karyotyp* | chromosom* | clinical genetic* | genetic counsel*
             | fluorescence in situ hybridization | =FISH | cytogenomic* | hereditary cancer*
             | inherited disorder* | genetic disorder* | preimplantation | =PGT | =NIPT | nipt
             | noninvasive prenatal | non invasive prenatal | newborn genetic* | mendelian
             | imprinting | mosaicism | =SNP array | =aCGH | comparative genomic hybridization
        1.0  genetic* | g banding | banding | translocation* | aneuploid* | trisomy
             | down syndrome | constitutional | inherited | germline | brca*
             | carrier screening | cystic fibrosis | fragile x | acmg | exome | whole genome
             | rare disease* | =AGT | dysmorph* | copy number | =CNV | =CNVs | microdeletion*
             | pedigree | inborn error* | chromosomal microarray
        0.6  prenatal | newborn screening | variant classification | deletion* | prenatal screening
        0.5  variant* | hereditary | incidental finding* | cell free dna | =cfDNA
    """,
    "urinalysis": """
        1.2  urinalys* | urine sediment* | body fluid* | serous fluid* | cerebrospinal fluid
             | spinal fluid | renal tubular | urine microscop* | dipstick* | dipstick chemistr*
        1.0  =UA | urine | sediment | casts | cast | crystals | crystal | reagent strip*
             | =CSF | csf | synovial | pleural | peritoneal | pericardial | transudate*
             | exudate* | semen | sperm* | seminal | clinitek | iq200 | fecal occult blood
             | kidney stone* | calculi | oval fat bod* | urobilinogen | proteinuria | hematuria
             | glycosuria | ketonuria | bronchoalveolar lavage | =BAL fluid | =BAL | gastric fluid
             | joint fluid | vitreous | cerebrospinal | urinary | amniotic fluid | =IQ200
        0.6  fluid* | epithelial cell* | transitional cell* | iris
       -0.8  culture* | cultures
    """,
    "histology": """
        1.2  histolog* | histotech* | histotechnolog* | microtom* | tissue processing
             | tissue processor* | immunohistochem* | =IHC | ihc | antigen retrieval | cryostat
             | decalcif* | special stain* | =NSH | nsh | histochemi* | h and e
             | hematoxylin | paraffin | embedding | fixation | fixative*
        1.0  histo | sectioning | paraffin section* | =PAS | trichrome | =GMS | silver stain*
             | congo red | mohs | enzyme histochemi*
             | frozen section* | whole slide imag* | digital pathology | tissue tek | sakura
             | ventana | ventana benchmark | leica | leica bond | =ISH | in situ hybridization
             | electron microscop* | cassette* | eosin | staining | microtome*
             | control tissue* | chatter | coverslip* | mounting media
             | tissue microarray | decal | =FFPE | ffpe | amyloid stain* | mucicarmine
             | reticulin | giemsa | histology workflow
        0.6  formalin | xylene | tissue* | stain | stains | muscle biops* | formaldehyde
             | knife | blade* | cell block*
        0.5  her2 | =HER2 | section*
        0.4  slide* | cut
        0.3  biops*
       -0.5  intraoperative
    """,
    "cytology": """
        1.2  cytolog* | cytopatholog* | cytotech* | cytopreparat* | cytoprep | papanicolaou
             | =FNA | fine needle aspirat* | thinprep | surepath | liquid based | paris system
             | milan system | rapid on site evaluation | =ROSE | bethesda | pap | =Pap
             | cell block* | urine cytology | thyroid fna | non gyn | gyn cytology
             | gynecologic cytology
        1.0  cervical | gynecologic | =GYN | gyn | effusion* | exfoliative | brushing* | asc us
             | =LSIL | =HSIL | squamous intraepithelial | hologic | =HPV | hpv | anal cytology
             | =ASC US | =ASCUS | =AGC | =ASC H | endocervical | =EBUS | bronchial brushing*
             | touch prep* | cytospin* | pap test* | pap smear*
        0.5  aspirat*
        0.3  epithelial cell* | transitional cell*
    """,
    "anatomic-pathology": """
        1.2  anatomic pathology | anatomical pathology | surgical pathology | autops* | necrops*
             | intraoperative | frozen section diagnos* | dermatopatholog* | neuropatholog*
             | renal pathology | medical renal | medical kidney | kidney biops* | soft tissue tumor*
             | pathologists assistant* | pathologist assistant* | =AAPA | aapa
             | histopatholog* | cardiac pathology | placental pathology | medical examiner*
             | coroner* | gynecologic pathology | head and neck pathology
             | =GI pathology | gi biops* | liver pathology | transplant pathology | bone pathology
             | oral pathology | pulmonary pathology | lung pathology
             | surgical specimen* | tumor board* | death investigation
        1.0  pathology | placental | carcinoma* | sarcoma* | lymph node* | synoptic
             | cap cancer protocol* | cancer protocol* | forensic pathology
        0.6  neoplas* | breast | lesion*
        0.4  tumor* | tumour* | biops*
        0.5  =PA | =PAs | her2 | =HER2
        0.3  pathologist* | placenta | scoring | forensic
    """,
    "macroscopic-examination": """
        1.2  grossing | gross room | gross exam* | gross examination | gross bench
             | gross description* | macroscopic | cancer staging | =AJCC | ajcc | =TNM | tnm
             | inking | margin assessment | gross specimen*
        1.0  gross | staging | margin | margins | ink | dictation | resection* | dissection
             | prostatectom* | mastectom* | lumpectom* | colectom* | whipple
             | pancreaticoduodenectom* | amputation* | synoptic | cap cancer protocol*
             | cancer protocol* | specimen orientation | aapa | =AAPA | excision*
             | hysterectom* | nephrectom* | gastrectom* | thyroidectom* | cholecystectom*
             | appendectom* | esophagectom* | cystectom* | orchiectom* | pneumonectom*
             | lobectom* | splenectom* | oophorectom* | salpingectom* | laryngectom*
             | hemicolectom* | sampling | block selection | orient* | margins
        0.5  =PAs | =PA | placenta
        0.4  pathologists assistant* | pathologist assistant*
        0.3  photograph* | orientation | submission
    """,
    "phlebotomy": """
        1.2  phlebotom* | venipunct* | order of draw | blood collection | blood draw*
             | specimen collection | capillary collection | capillary puncture | heel stick*
             | heelstick* | line draw* | drawing blood | arterial puncture
             | vascular access device* | blood culture collection
        1.0  tourniquet | vein* | vascular access | butterfly | evacuated tube* | vacutainer
             | draws | draw | capillary | timed draw* | chain of custody
             | specimen handling | specimen integrity | hematoma* | patient identification
             | misidentification | wrong blood in tube | =WBIT | blood culture contamination
             | fingerstick* | finger stick* | specimen label* | specimen labeling
             | blood specimen collection | specimen rejection | rejection criteria
             | difficult venous access | venous access | antecubital | lancet*
             | skin puncture | dermal puncture | specimen collector* | specimen transport
        0.6  preanalytical | pre analytical | specimen processing | stick | needle*
             | collection | labeling
             | collection practices | syncope | arterial
    """,
    "point-of-care": """
        1.2  point of care | =POC | poc | =POCT | poct | waived testing | waived test*
             | near patient | certificate of waiver | glucose meter* | glucometer* | =i stat
             | i stat | istat | coaguchek | bedside testing | continuous glucose monitor*
             | =CGM | point of need | rapid hiv
        1.0  waived | physician office lab* | =POL | cpoct | rapid antigen | rapid test*
             | home test* | self test* | urine hcg | =ACT | activated clotting time
        0.6  operator* | nursing | bedside
    """,
    "safety": """
        1.2  safety | patient safety | biosafety | biosecur* | biological risk* | chemical hygiene
             | safety data sheet* | =SDS | =MSDS | msds | =OSHA | osha | bloodborne pathogen*
             | blood borne pathogen* | bloodborne | =PPE | ppe | personal protective equipment
             | ergonomic* | needlestick* | needle stick* | sharps | dangerous goods
             | infectious substance* | hazardous waste | compressed gas | eyewash*
             | safety shower* | fire safety | fire extinguisher* | workplace violence
             | laboratory acquired infection* | lab acquired infection* | biosafety cabinet*
             | fume hood* | exposure control plan | occupational exposure | safety culture
             | culture of safety | shipping regulation* | hazardous waste management
             | trips and falls | fall prevention | lockout | tagout
             | hazard communication | =GHS | right to know | chemical storage | flammable*
             | cryogen* | liquid nitrogen | dry ice | =UN3373 | lab coat*
             | respirator | respirators | fit test* | =N95 | aerosol* | splash* | biohazard*
        1.0  fire | hazard* | hazmat | spill* | decontaminat* | radiation | radioactive
             | electrical | donning | doffing | shipping | packaging | =DOT | =IATA | iata
             | category a | category b | violence | active shooter | carcinogen*
             | toxic chemical* | formaldehyde | xylene | hand hygiene | special pathogen*
             | bioterror* | select agent* | risk assessment | accident* | evacuation | =BSC
        0.8  patient identification | misidentification | transfusion reaction*
             | post exposure prophylaxis | =PEP | emergency preparedness | disaster* | ebola
             | sentinel laborator* | sentinel lab
        0.8  slips | falls
        0.6  waste | packing | disinfect* | glove* | formalin | sentinel | safe | chemical*
             | exposure | =BT | hemovigilance | wrong blood in tube | =WBIT | blade*
        0.3  injur*
        0.4  security | emergency | infection control
    """,
    "quality": """
        1.2  quality control | quality assurance | quality management | quality improvement
             | quality indicator* | quality system* | analytical quality | =QC | qc | =QA | qa
             | =QMS | qms | westgard | levey jennings | =IQCP | iqcp | proficiency testing
             | measurement uncertainty | sigma metric* | calibration verification
             | analytical measurement range | delta check* | patient based real time
             | occurrence management | =CAPA | capa | corrective action* | preventive action*
             | nonconform* | internal audit* | lot to lot | document control | =QSE | =QSEs
             | quality essentials | total allowable error | =EP23 | ep23 | =EP15 | ep15
             | =EP5 | =EP9 | =EP28 | quality control plan* | risk management | =QCP
             | statistical process control | control chart* | =SPC | external quality
             | =EQA | proficiency | method comparison | linearity | carryover
             | precision and accuracy | accuracy studies | precision studies | =LOD | =LOQ
             | limit of detection | coefficient of variation | =TEa | measurement error*
             | random error* | systematic error* | analytical error* | standard deviation
        1.0  six sigma | sigma | six sigma methodolog* | moving average* | audit* | reagent lot*
             | lot verification | method validation | method verification | =FMEA | fmea
             | failure mode* | lean | continuous improvement | =PDSA
             | kaizen | control rule* | control material* | pipette calibrat* | iso 15189
             | accreditation standard* | standard operating procedure* | =SOP | =SOPs
             | deviation* | contamination control | uncertainty
        0.8  verif* | validat* | calibrat* | occurrence* | control tissue* | procedure manual*
             | total testing process | =ISO | iso
        0.6  root cause* | =RCA | rca
        0.5  quality
        0.4  procedures | accuracy | precision | bias | controls | preanalytical | pre analytical
             | reference interval*
    """,
    "ethics": """
        1.2  ethic* | bioethic* | medical ethics | code of ethics | informed consent | misconduct
             | conflict of interest | conflicts of interest | professional conduct
             | professionalism | code of conduct | theranos
        1.0  consent | confidential* | privacy | integrity | fraud | moral | morality | dilemma*
             | whistleblow* | honesty | plagiari* | patient rights | =HIPAA | hipaa
             | respectful workplace | professional behavior* | professional behaviour*
             | incivility | bullying | harassment | duty to report | beneficence
        0.6  social media | health equity | biobank* | research specimen* | direct to consumer
        0.4  justice | disparit* | equity | bad news | incidental finding* | autonomy
    """,
    "laboratory-operations": """
        1.2  =CLIA | clia | clia 88 | cap inspection* | cap checklist* | cap accreditation
             | college of american pathologists | joint commission | =TJC | =COLA | cola
             | laboratory developed test* | lab developed test* | =LDT | =LDTs | final rule
             | laboratory information system* | lab information system* | =LIS | lis
             | middleware | autoverif* | auto verification | total laboratory automation
             | =HL7 | hl7 | cybersecur* | downtime | test utilization | utilization management
             | laboratory stewardship | diagnostic stewardship | send out* | sendout*
             | record retention | record keeping | personnel requirement* | labvocate
             | laboratory operations | lab operations | business continuity
             | certificate of waiver | competency assessment | data management
             | information technology | clinical decision support | decision support
             | data analytic* | analytics | dashboard* | order set* | test ordering
             | test menu | lab orders | laboratory orders | order entry | =CPOE | =LOINC
             | =SNOMED | result reporting | survey readiness | inspection readiness
        1.0  =CAP | inspect* | inspector* | accredit* | =CMS | cms | information system*
             | informatic* | track system | interfac* | interoperab* | =EHR | ehr | electronic health record*
             | artificial intelligence | machine learning | digital transformation | utilization
             | reference laborator* | licensure | licensing | state licens* | new york state
             | legislat* | advocacy | capitol hill | =HIPAA | hipaa | connectivity
             | specimen tracking | barcod* | emergency preparedness | six elements
             | retention requirement* | iso 15189 | specimen retention
        0.8  regulat* | food and drug administration
        0.6  competenc* | checklist* | stewardship | records | operations | workflow | reimburse* | =CPT | cpt | coding
             | billing | medicare | policy | =ISO | iso | california | disaster* | privacy
             | standards | personnel standard*
        0.5  compliance | automation | =AI | =FDA | fda
       -1.0  naacls | =NAACLS
    """,
    "management": """
        1.2  manag* | manager* | leader* | leadership | budget* | financ* | staffing
             | human resources | =HR | cost per test | return on investment | =ROI
             | strategic planning | change management | project management | =CLMA | clma
             | =LMU | lab management university | elmc2 | =ELMC | elmc | emotional intelligence
             | conflict resolution | burnout | workforce | recruit* | hiring | productivity
             | performance appraisal* | performance review* | succession planning
        1.0  cost* | reimburse* | revenue | billing | capital | interview* | workplace culture
             | multigenerational | generational | employee* | morale | motivat* | team culture
             | teamwork | lean | lean six sigma | diversity | inclusion | =DEI | =DEIB
             | coaching | executive | scheduling | turnover | negotiat* | marketing | business
             | onboarding | hospital administration | entrepreneur* | decision making
             | delegation | organizational culture | culture change
             | administration and supervision | supervision and administration
        0.8  retention
        0.6  administrat* | benchmark* | metrics | engagement | conflict* | supervis* | supervisor* | supervisory | leading | =CPT | coding | medicare
        0.4  team* | communicat* | equity | mentor* | workplace | careers | outreach
             | respectful workplace | crisis | gratitude | inventory
        0.3  strateg* | discipline
       -1.2  quality management | occurrence management | data management | waste management
             | blood management | utilization management | program management
             | test utilization | patient blood management | hazardous waste management
             | pain management | risk management | disease management | diabetes management
             | anticoagulation management | specimen management | inventory management
             | six sigma | six sigma methodolog* | food and drug administration
    """,
    "supervision": """
        1.5  administration and supervision | supervision and administration
        1.2  supervis* | supervisor* | supervising | technical supervisor* | general supervisor*
             | laboratory director* | lab director* | director responsibilit* | directors
             | director | supervisory | lead tech* | lead technologist* | employee grievance*
             | grievance*
        0.6  delegation | administrat* | performance appraisal* | coaching | accountability
        0.3  discipline
    """,
    "education": """
        1.2  educat* | educator* | teach* | preceptor* | precept* | learning objective*
             | curricul* | course design | active learning | item writing | test item*
             | clinical rotation* | naacls | =NAACLS | train the trainer | =CLEC | clec
             | pedagog* | andragog* | adult learn* | instructional design | faculty
             | students | student | learner* | classroom | teaching aid*
        1.0  instructor* | instruction | instructional | mentor* | mentoring | simulation | trainer* | lecture* | exam prep*
             | certification exam* | board exam* | =BOC | boc exam* | gen z | millennial*
             | onboarding | competency based education | flipped classroom | new graduate*
             | graduates | precepting | course development | e learning | elearning
             | online learning | distance learning | case based teaching | teaching case*
        0.4  assessment | training
    """,
    "hiv-aids": """
        1.5  hiv aids | hiv | =HIV | =AIDS | acquired immunodeficiency syndrome
             | acquired immune deficiency syndrome | human immunodeficiency virus
             | antiretrovir* | =PrEP | pre exposure prophylaxis
        0.8  post exposure prophylaxis | =PEP
    """,
    "medical-errors": """
        1.5  medical error* | prevention of medical errors | preventing medical errors
             | medical errors prevention | error prevention | to err is human
        1.2  error* | root cause* | =RCA | rca | just culture | near miss* | sentinel event*
             | diagnostic error* | laboratory error* | lab error* | misidentification
             | adverse event* | mistake*
        0.6  =FMEA | fmea | failure mode* | wrong blood in tube | =WBIT | critical value*
        0.3  patient safety | patient identification
    """,
    "fl-laws-rules": """
        1.5  laws and rules | florida law* | florida statute* | florida rule* | florida board
             | board of clinical laboratory personnel | chapter 483 | 64b3 | chapter 456
             | florida administrative code | legal aspects of florida
             | clinical laboratory personnel law*
        1.0  f s | f a c
        0.6  483 | 456 | statute*
        0.5  florida | =FL | laws | law | rules | legal | licensure | discipline
        0.3  renewal
    """,
    # Laboratory-science wording that names no topic: the only road to "general".
    "_lab": """
        1.0  lab | labs | laborator* | laboratorian* | medical technolog* | medical laboratory
             | clinical laboratory | clinical lab | laboratory medicine | clinical pathology
             | laboratory science | specimen* | assay* | analyzer* | analyser* | microscop*
             | =MLS | =MLT | =ASCLS | ascls | =ASCP | ascp | =AMT | =ADLM | adlm | =AACC | aacc
             | =MLO | lab values | lab tests | laboratory test* | diagnostic* | biomarker*
             | pipett* | dilution* | reagent* | public health | lab week | forensic
             | veterinary clinical pathology | embryolog* | blastocyst* | andrology
             | in vitro fertilization | =IVF
    """,
    # Words that carry no evidence here, consumed so that their parts do not count either.
    "_stop": """
        0  continuing education | case stud* | case based learning | contact hour*
             | hearing aid* | first aid | band aid | point of care ultrasound | =POCUS | pocus
             | =CPR | =BLS | basic life support | advanced cardiac life support | =ACLS
             | microsoft* | microsoft teams | excel | customer service | differential diagnos*
             | florida board approved | board approved | florida approved
    """,
}

# Topics one labelled topic brings along (the labelling conventions above): the Florida
# medical-errors course is patient-safety content.
_IMPLIES: dict[str, tuple[str, float]] = {"medical-errors": ("safety", 0.9)}
# A confident first topic damps the second (Florida law is fl-laws-rules only).
# Serology words in a blood-bank title describe immunohematology, which is blood banking.
_DAMPS: tuple[tuple[str, str, float], ...] = (
    ("fl-laws-rules", "laboratory-operations", 0.3),
    ("blood-banking", "immunology", 0.5),
)


# --------------------------------------------------------------------------------------------
# Compiling the lexicon
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # lower case, or the exact spelling when `exact_case`
    prefix: bool
    exact_case: bool

    def matches(self, low: str, raw: str, all_caps: bool) -> bool:
        if self.exact_case:
            return raw.upper() == self.text.upper() if all_caps else raw == self.text
        return low.startswith(self.text) if self.prefix else low == self.text


@dataclass(frozen=True, slots=True)
class _Term:
    size: int  # number of words
    first: _Word | None  # the first word, when the index alone does not prove it (exact case)
    rest: tuple[_Word, ...]  # the words after the first
    weights: tuple[tuple[str, float], ...]  # (topic or pseudo-topic, weight)


@dataclass(slots=True)
class _Compiled:
    exact: dict[str, list[tuple[tuple[int, ...], _Term]]]  # first word, lower case -> terms
    prefixes: dict[int, dict[str, list[tuple[tuple[int, ...], _Term]]]]  # by prefix length
    topics: frozenset[str]  # the vocabulary's topic ids
    memo: dict[str, tuple[_Term, ...]]  # token -> candidate terms, best first


_TOKEN = re.compile(r"[A-Za-z0-9]+")
_APOSTROPHE = re.compile(r"['’](?:s\b)?")
_MEMO_LIMIT = 100_000


def _normal(text: str) -> str:
    """Plain ASCII: accents dropped, '&' read as 'and', apostrophes (and a possessive s) gone."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOSTROPHE.sub("", text.replace("&", " and "))


def _words(term: str) -> tuple[_Word, ...]:
    """`=WORD` exact spelling, `word*` any word starting so; other words match in any case."""
    words: list[_Word] = []
    for raw in _normal(term).split():
        exact_case = raw.startswith("=")
        pieces = _TOKEN.findall(raw)
        for number, piece in enumerate(pieces, 1):
            prefix = raw.endswith("*") and number == len(pieces)
            words.append(_Word(piece if exact_case else piece.lower(), prefix, exact_case))
    return tuple(words)


def _lines(block: str) -> list[tuple[float, str]]:
    """`weight  term | term` lines; a line without a weight continues the one before."""
    found: list[tuple[float, str]] = []
    weight = 0.0
    for line in block.splitlines():
        line = line.strip()
        if not line:
            continue
        head, _, rest = line.partition(" ")
        if re.fullmatch(r"-?\d+(?:\.\d+)?", head):
            weight, line = float(head), rest
        found.append((weight, line))
    return found


@cache
def _compiled() -> _Compiled:
    topics = frozenset(vocabulary().topics)
    merged: dict[tuple[_Word, ...], dict[str, float]] = {}
    for topic, block in _LEXICON.items():
        if topic not in topics and not topic.startswith("_"):
            raise ValueError(f"lexicon topic {topic!r} is not in vocabulary.toml [topics]")
        for weight, line in _lines(block):
            for spelling in line.split("|"):
                words = _words(spelling)
                if words:
                    merged.setdefault(words, {})[topic] = weight
    exact: dict[str, list[tuple[tuple[int, ...], _Term]]] = {}
    prefixes: dict[int, dict[str, list[tuple[tuple[int, ...], _Term]]]] = {}
    for words, weights in merged.items():
        first = words[0]
        # Longer terms first; then exact words before prefixes, exact case first, longer first.
        rank = (-len(words), int(first.prefix), int(not first.exact_case), -len(first.text))
        term = _Term(
            size=len(words),
            first=first if first.exact_case else None,
            rest=words[1:],
            weights=tuple(sorted(weights.items())),
        )
        key = first.text.lower()
        if first.prefix:
            prefixes.setdefault(len(key), {}).setdefault(key, []).append((rank, term))
        else:
            exact.setdefault(key, []).append((rank, term))
    return _Compiled(exact, prefixes, topics, {})


def _candidates(lexicon: _Compiled, low: str) -> tuple[_Term, ...]:
    found = lexicon.memo.get(low)
    if found is None:
        ranked = list(lexicon.exact.get(low, ()))
        for length, table in lexicon.prefixes.items():
            if length <= len(low):
                ranked.extend(table.get(low[:length], ()))
        ranked.sort(key=lambda pair: pair[0])
        found = tuple(term for _, term in ranked)
        if len(lexicon.memo) >= _MEMO_LIMIT:
            lexicon.memo.clear()
        lexicon.memo[low] = found
    return found


# --------------------------------------------------------------------------------------------
# Inference
# --------------------------------------------------------------------------------------------


def _evidence(
    lexicon: _Compiled, text: str, scale: float, into: dict[str, dict[str, float]]
) -> None:
    """Match `text` against the lexicon: into[topic][the words matched] = weight × scale."""
    text = _normal(text)
    raws = _TOKEN.findall(text)
    lows = [raw.lower() for raw in raws]
    all_caps = text.isupper()
    memo = lexicon.memo
    i, n = 0, len(raws)
    while i < n:
        low = lows[i]
        candidates = memo.get(low)
        if candidates is None:
            candidates = _candidates(lexicon, low)
        for term in candidates:
            size = term.size
            if size > 1:
                if i + size > n:
                    continue
                k = i
                for word in term.rest:
                    k += 1
                    if not word.matches(lows[k], raws[k], all_caps):
                        break
                else:
                    k = -1
                if k >= 0:
                    continue
            if term.first is not None and not term.first.matches(low, raws[i], all_caps):
                continue
            said = raws[i] if size == 1 else " ".join(raws[i : i + size])
            for topic, weight in term.weights:
                seen = into.get(topic)
                if seen is None:
                    seen = into[topic] = {}
                if abs(weight * scale) > abs(seen.get(said, 0.0)):
                    seen[said] = weight * scale
            i += size
            break
        else:
            i += 1


def _score(found: Mapping[str, float]) -> float:
    """Strongest evidence first, each further piece counting DECAY times the one before."""
    if len(found) == 1:
        return next(iter(found.values()))
    positive = sorted((w for w in found.values() if w > 0), reverse=True)
    score = sum(w * DECAY**rank for rank, w in enumerate(positive))
    return score + sum(w for w in found.values() if w < 0)


def _confidence(score: float) -> float:
    return 0.0 if score <= 0 else round(1.0 - math.exp(-STEEPNESS * score), 3)


def _said(found: Mapping[str, float]) -> str:
    return ", ".join(words for words, weight in found.items() if weight > 0)


def infer_topics(title: str, description: str = "") -> tuple[TopicGuess, ...]:
    """Topic ids for a course, most likely first, each with the words that suggested it.

    Empty when nothing in the text points at a laboratory topic.
    """
    lexicon = _compiled()
    evidence: dict[str, dict[str, float]] = {}
    _evidence(lexicon, title, 1.0, evidence)
    if description:
        _evidence(lexicon, description, DESCRIPTION_WEIGHT, evidence)
    lab_words = evidence.pop("_lab", {})
    evidence.pop("_stop", None)

    confidence = {topic: _confidence(_score(found)) for topic, found in evidence.items()}
    implied: dict[str, str] = {}
    for source, (target, share) in _IMPLIES.items():
        value = round(confidence.get(source, 0.0) * share, 3)
        if value > confidence.get(target, 0.0):
            confidence[target] = value
            implied[target] = f"{_said(evidence[source])} (implies {target})"
    for source, target, factor in _DAMPS:
        strength = confidence.get(source, 0.0)
        if strength >= DEFAULT_THRESHOLD and strength >= confidence.get(target, 1.0):
            confidence[target] = round(confidence[target] * factor, 3)

    guesses = [
        TopicGuess(topic, value, implied.get(topic) or _said(evidence[topic]))
        for topic, value in confidence.items()
        if value >= MIN_CONFIDENCE
        and topic in lexicon.topics
        and (topic not in MANDATORY_TOPICS or _decisive(evidence, topic, implied))
    ]
    strong = any(guess.confidence >= DEFAULT_THRESHOLD for guess in guesses)
    if lab_words and not strong and "general" in lexicon.topics:
        guesses.append(TopicGuess("general", GENERAL_CONFIDENCE, _said(lab_words)))
    guesses.sort(key=lambda guess: (-guess.confidence, guess.topic))
    return tuple(guesses)


def _decisive(
    evidence: Mapping[str, Mapping[str, float]], topic: str, implied: Mapping[str, str]
) -> bool:
    """Whether one term of at least STRONG_WEIGHT names `topic` (or the topic implying it)."""
    sources = [source for source, (target, _) in _IMPLIES.items() if target == topic]
    if topic in implied:
        return any(_decisive(evidence, source, {}) for source in sources)
    return max(evidence.get(topic, {}).values(), default=0.0) >= STRONG_WEIGHT


def pretick(guess: TopicGuess, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether a guess is taken as a topic of the activity (pre-ticked for the reviewer): from
    `threshold`, and for a mandatory topic never below MANDATORY_THRESHOLD."""
    floor = max(threshold, MANDATORY_THRESHOLD) if guess.topic in MANDATORY_TOPICS else threshold
    return guess.confidence >= floor


def topic_ids(
    title: str, description: str = "", threshold: float = DEFAULT_THRESHOLD
) -> tuple[str, ...]:
    """The topic ids taken for a course (`pretick`), most likely first."""
    return tuple(
        guess.topic for guess in infer_topics(title, description) if pretick(guess, threshold)
    )
