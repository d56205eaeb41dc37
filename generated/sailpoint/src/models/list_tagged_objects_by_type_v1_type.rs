//! `ListTaggedObjectsByTypeV1Type`, from `apis/tagged-objects/paths/tagged-objects-v1-by-type.yaml#/get/parameters/0/schema`.

/// `ListTaggedObjectsByTypeV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListTaggedObjectsByTypeV1Type {
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

impl ListTaggedObjectsByTypeV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListTaggedObjectsByTypeV1Type::AccessProfile => "ACCESS_PROFILE",
            ListTaggedObjectsByTypeV1Type::Application => "APPLICATION",
            ListTaggedObjectsByTypeV1Type::Campaign => "CAMPAIGN",
            ListTaggedObjectsByTypeV1Type::Entitlement => "ENTITLEMENT",
            ListTaggedObjectsByTypeV1Type::Identity => "IDENTITY",
            ListTaggedObjectsByTypeV1Type::Role => "ROLE",
            ListTaggedObjectsByTypeV1Type::SodPolicy => "SOD_POLICY",
            ListTaggedObjectsByTypeV1Type::Source => "SOURCE",
            ListTaggedObjectsByTypeV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListTaggedObjectsByTypeV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ListTaggedObjectsByTypeV1Type::AccessProfile,
            "APPLICATION" => ListTaggedObjectsByTypeV1Type::Application,
            "CAMPAIGN" => ListTaggedObjectsByTypeV1Type::Campaign,
            "ENTITLEMENT" => ListTaggedObjectsByTypeV1Type::Entitlement,
            "IDENTITY" => ListTaggedObjectsByTypeV1Type::Identity,
            "ROLE" => ListTaggedObjectsByTypeV1Type::Role,
            "SOD_POLICY" => ListTaggedObjectsByTypeV1Type::SodPolicy,
            "SOURCE" => ListTaggedObjectsByTypeV1Type::Source,
            other => ListTaggedObjectsByTypeV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListTaggedObjectsByTypeV1Type);
