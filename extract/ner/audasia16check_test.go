package ner

import "testing"

// TestRegionalTechCheck: made-up articles written after the nineteenth
// pass's regional rules, as a check on them (same conventions as
// TestRegionalTechAudit). The model before the pass's rules scored F1
// 0.8795 on them (PER 0.8475, LOC 0.9375, ORG 0.8800), after them 0.9518
// (PER 0.9818, LOC 0.9375, ORG 0.9367); written knowing the rules'
// shapes, they check that the rules hold on new names, not how often
// the shapes occur.
func TestRegionalTechCheck(t *testing.T) {
	runAudit(t, regionalTechCheck16)
}

var regionalTechCheck16 = []auditArticle{
	{src: "[L SHENZHEN] ([O Reuters]) - [O Zhuoyun] said on Tuesday it would list its drone unit in [L Shanghai], as rival [O DJI] faces [L U.S.] sanctions. Founder [P Zhao Minghui] said the company had 3,000 engineers. \"Drone makers are caught in the trade war,\" said [P Chen Lu], a fund manager at [O Hengyuan Capital]. Reporting by [P Josh Horwitz]; Editing by [P Raju Gopalakrishnan]"},
	{src: "[L JAKARTA] ([O Reuters]) - [O Tokomart] said on Monday it had raised $200 million from [O Temasek] and [O SoftBank]. Co-founder [P Andi Setiawan] said the e-commerce firm would expand into [L Vietnam]. [O Tokomart], owned in part by [O Alibaba], competes with [O Shopee]. Reporting by [P Stanley Widianto]; Editing by [P Kanupriya Kapoor]"},
	{src: "[L NAIROBI] ([O Reuters]) - [O Pesalink] said it had signed up 5 million users in [L Kenya] in a year. Chief executive [P Wambui Njoroge] told [O Reuters] the firm wanted a licence in [L Uganda]. Investors include [O Naspers] and [O Partech Africa]. Reporting by [P George Obulutsa]; Editing by [P Hugh Lawson]"},
	{src: "[L SAO PAULO] ([O Reuters]) - Brazilian fintech [O Creditas] said on Thursday it would buy car insurer [O Seguralta]. [O Creditas] founder [P Sergio Furio] said the deal would close in March. \"Fintechs are moving into insurance,\" said [P Ana Paula Ribeiro], a portfolio manager at [O Verde Asset Management]. Reporting by [P Tatiana Bautzer]; Editing by [P Chris Reese]"},
	{src: "[L SEOUL] ([O Reuters]) - [O Naver] said on Wednesday it would invest in a webtoon platform with [O Kakao]. Rival [O Wattpix], owned by [O Hanseong Media], said it had 20 million readers. [P Choi Soo-yeon], an analyst at [O Daishin Securities], said the market was growing fast. Reporting by [P Joyce Lee]; Editing by [P Richard Pullin]", left: []string{"fn ORGANIZATION Kakao -- a one-word Korean company after \"with\", read as a person", "fp PERSON Kakao -- the same", "fn ORGANIZATION Wattpix -- before \", owned by\" but left untagged, so no retyping reaches it"}},
	{src: "[L DUBAI] ([O Reuters]) - [O Careem] said on Sunday it would launch a payments app in [L Pakistan]. [O Uber], which bought [O Careem] last year, said the unit was growing. \"The region is under-banked,\" said [P Omar Al-Mansouri], a partner at [O Gulf Capital]. Reporting by [P Saeed Azhar]; Editing by [P David Goodman]"},
	{src: "[L BENGALURU] ([O Reuters]) - [O Zomato] said it had raised $660 million from investors including [O Tiger Global] and [O Kora]. Founder [P Deepinder Goyal] said the food delivery firm would list next year. Rival [O Swiggy] said it had cut losses. Reporting by [P Sachin Ravikumar]; Editing by [P Shounak Dasgupta]", left: []string{"fn ORGANIZATION Kora -- an investor named by one word after \"and\", read as a place", "fp LOCATION Kora -- the same"}},
	{src: "[L WASHINGTON] ([O Reuters]) - The [O National Aeronautics and Space Administration] picked 18 astronauts for its [M Artemis] moon programme on Wednesday. Vice President [P Mike Pence] announced the names at the [L Kennedy Space Center] in [L Florida]. [O Blue Origin], founded by [P Jeff Bezos], is bidding to build a lander. Reporting by [P Joey Roulette]; Editing by [P Sandra Maler]", left: []string{"fp ORGANIZATION Artemis -- a programme (MISC) read as an organization"}},
}
