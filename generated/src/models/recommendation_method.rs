//! `RecommendationMethod`, from `beta/schemas/Recommendation.yaml`.
crate::string_enum! {
    #[doc =
    " Method used to produce the recommendation. DISCOVERY - suggested by AI, SOURCE - the account comes from a source flagged as containing machine accounts, CRITERIA - the account satisfies classification criteria."]
    pub enum RecommendationMethod { #[doc = " `DISCOVERY`"] Discovery = "DISCOVERY",
    #[doc = " `SOURCE`"] Source = "SOURCE", #[doc = " `CRITERIA`"] Criteria = "CRITERIA",
    }
}
