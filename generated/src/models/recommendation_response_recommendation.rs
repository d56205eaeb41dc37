//! `RecommendationResponseRecommendation`, from `beta/schemas/RecommendationResponse.yaml`.
crate::string_enum! {
    #[doc =
    " The recommendation - YES if the access is recommended, NO if not recommended, MAYBE if there is not enough information to make a recommendation, NOT_FOUND if the identity is not found in the system"]
    pub enum RecommendationResponseRecommendation { #[doc = " `YES`"] Yes = "YES", #[doc
    = " `NO`"] No = "NO", #[doc = " `MAYBE`"] Maybe = "MAYBE", #[doc = " `NOT_FOUND`"]
    NotFound = "NOT_FOUND", }
}
