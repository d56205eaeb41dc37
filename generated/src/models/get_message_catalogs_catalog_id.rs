//! `GetMessageCatalogsCatalogId`, from `beta/paths/message-catalog.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetMessageCatalogsCatalogId` as the spec defines it."] pub enum
    GetMessageCatalogsCatalogId { #[doc = " `recommender`"] Recommender = "recommender",
    #[doc = " `access-request-recommender`"] AccessRequestRecommender =
    "access-request-recommender", }
}
