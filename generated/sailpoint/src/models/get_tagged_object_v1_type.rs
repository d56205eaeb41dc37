//! `GetTaggedObjectV1Type`, from `apis/tagged-objects/paths/tagged-objects-v1-by-type-by-id.yaml#/get/parameters/0/schema`.

/// `GetTaggedObjectV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetTaggedObjectV1Type {
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

impl GetTaggedObjectV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetTaggedObjectV1Type::AccessProfile => "ACCESS_PROFILE",
            GetTaggedObjectV1Type::Application => "APPLICATION",
            GetTaggedObjectV1Type::Campaign => "CAMPAIGN",
            GetTaggedObjectV1Type::Entitlement => "ENTITLEMENT",
            GetTaggedObjectV1Type::Identity => "IDENTITY",
            GetTaggedObjectV1Type::Role => "ROLE",
            GetTaggedObjectV1Type::SodPolicy => "SOD_POLICY",
            GetTaggedObjectV1Type::Source => "SOURCE",
            GetTaggedObjectV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetTaggedObjectV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => GetTaggedObjectV1Type::AccessProfile,
            "APPLICATION" => GetTaggedObjectV1Type::Application,
            "CAMPAIGN" => GetTaggedObjectV1Type::Campaign,
            "ENTITLEMENT" => GetTaggedObjectV1Type::Entitlement,
            "IDENTITY" => GetTaggedObjectV1Type::Identity,
            "ROLE" => GetTaggedObjectV1Type::Role,
            "SOD_POLICY" => GetTaggedObjectV1Type::SodPolicy,
            "SOURCE" => GetTaggedObjectV1Type::Source,
            other => GetTaggedObjectV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetTaggedObjectV1Type);
