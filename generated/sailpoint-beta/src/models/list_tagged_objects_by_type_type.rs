//! `ListTaggedObjectsByTypeType`, from `beta/paths/tagged-objects-type.yaml#/get/parameters/0/schema`.

/// `ListTaggedObjectsByTypeType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListTaggedObjectsByTypeType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `APPLICATION`
    Application,
    /// `CAMPAIGN`
    Campaign,
    /// `ENTITLEMENT`
    Entitlement,
    /// `IDENTITY`
    Identity,
    /// `ROLE`
    Role,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListTaggedObjectsByTypeType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListTaggedObjectsByTypeType::AccessProfile => "ACCESS_PROFILE",
            ListTaggedObjectsByTypeType::Application => "APPLICATION",
            ListTaggedObjectsByTypeType::Campaign => "CAMPAIGN",
            ListTaggedObjectsByTypeType::Entitlement => "ENTITLEMENT",
            ListTaggedObjectsByTypeType::Identity => "IDENTITY",
            ListTaggedObjectsByTypeType::Role => "ROLE",
            ListTaggedObjectsByTypeType::SodPolicy => "SOD_POLICY",
            ListTaggedObjectsByTypeType::Source => "SOURCE",
            ListTaggedObjectsByTypeType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListTaggedObjectsByTypeType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ListTaggedObjectsByTypeType::AccessProfile,
            "APPLICATION" => ListTaggedObjectsByTypeType::Application,
            "CAMPAIGN" => ListTaggedObjectsByTypeType::Campaign,
            "ENTITLEMENT" => ListTaggedObjectsByTypeType::Entitlement,
            "IDENTITY" => ListTaggedObjectsByTypeType::Identity,
            "ROLE" => ListTaggedObjectsByTypeType::Role,
            "SOD_POLICY" => ListTaggedObjectsByTypeType::SodPolicy,
            "SOURCE" => ListTaggedObjectsByTypeType::Source,
            other => ListTaggedObjectsByTypeType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListTaggedObjectsByTypeType);
