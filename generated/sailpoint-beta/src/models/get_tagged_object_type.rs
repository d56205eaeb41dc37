//! `GetTaggedObjectType`, from `beta/paths/tagged-object.yaml#/get/parameters/0/schema`.

/// `GetTaggedObjectType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetTaggedObjectType {
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

impl GetTaggedObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetTaggedObjectType::AccessProfile => "ACCESS_PROFILE",
            GetTaggedObjectType::Application => "APPLICATION",
            GetTaggedObjectType::Campaign => "CAMPAIGN",
            GetTaggedObjectType::Entitlement => "ENTITLEMENT",
            GetTaggedObjectType::Identity => "IDENTITY",
            GetTaggedObjectType::Role => "ROLE",
            GetTaggedObjectType::SodPolicy => "SOD_POLICY",
            GetTaggedObjectType::Source => "SOURCE",
            GetTaggedObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetTaggedObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => GetTaggedObjectType::AccessProfile,
            "APPLICATION" => GetTaggedObjectType::Application,
            "CAMPAIGN" => GetTaggedObjectType::Campaign,
            "ENTITLEMENT" => GetTaggedObjectType::Entitlement,
            "IDENTITY" => GetTaggedObjectType::Identity,
            "ROLE" => GetTaggedObjectType::Role,
            "SOD_POLICY" => GetTaggedObjectType::SodPolicy,
            "SOURCE" => GetTaggedObjectType::Source,
            other => GetTaggedObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetTaggedObjectType);
