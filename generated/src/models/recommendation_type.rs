//! `RecommendationType`, from `beta/schemas/Recommendation.yaml`.
crate::string_enum! {
    #[doc = " Recommended type of account."] pub enum RecommendationType { #[doc =
    " `HUMAN`"] Human = "HUMAN", #[doc = " `MACHINE`"] Machine = "MACHINE", }
}
