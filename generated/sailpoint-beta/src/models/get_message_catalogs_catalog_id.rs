//! `GetMessageCatalogsCatalogId`, from `beta/paths/message-catalog.yaml#/get/parameters/0/schema`.

/// `GetMessageCatalogsCatalogId` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetMessageCatalogsCatalogId {
    /// `recommender`
    Recommender,
    /// `access-request-recommender`
    AccessRequestRecommender,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetMessageCatalogsCatalogId {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetMessageCatalogsCatalogId::Recommender => "recommender",
            GetMessageCatalogsCatalogId::AccessRequestRecommender => {
                "access-request-recommender"
            }
            GetMessageCatalogsCatalogId::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetMessageCatalogsCatalogId {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "recommender" => GetMessageCatalogsCatalogId::Recommender,
            "access-request-recommender" => {
                GetMessageCatalogsCatalogId::AccessRequestRecommender
            }
            other => GetMessageCatalogsCatalogId::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetMessageCatalogsCatalogId);
