//! `FullcampaignSourcesWithOrphanEntitlementsInnerType`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/sourcesWithOrphanEntitlements/items/properties/type`.

/// Type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignSourcesWithOrphanEntitlementsInnerType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignSourcesWithOrphanEntitlementsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignSourcesWithOrphanEntitlementsInnerType::Source => "SOURCE",
            FullcampaignSourcesWithOrphanEntitlementsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullcampaignSourcesWithOrphanEntitlementsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => FullcampaignSourcesWithOrphanEntitlementsInnerType::Source,
            other => {
                FullcampaignSourcesWithOrphanEntitlementsInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(FullcampaignSourcesWithOrphanEntitlementsInnerType);
