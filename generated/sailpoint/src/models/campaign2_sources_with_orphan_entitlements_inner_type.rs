//! `Campaign2SourcesWithOrphanEntitlementsInnerType`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/sourcesWithOrphanEntitlements/items/properties/type`.

/// Type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Campaign2SourcesWithOrphanEntitlementsInnerType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Campaign2SourcesWithOrphanEntitlementsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Campaign2SourcesWithOrphanEntitlementsInnerType::Source => "SOURCE",
            Campaign2SourcesWithOrphanEntitlementsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Campaign2SourcesWithOrphanEntitlementsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Campaign2SourcesWithOrphanEntitlementsInnerType::Source,
            other => {
                Campaign2SourcesWithOrphanEntitlementsInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(Campaign2SourcesWithOrphanEntitlementsInnerType);
