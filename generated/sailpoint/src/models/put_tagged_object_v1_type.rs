//! `PutTaggedObjectV1Type`, from `apis/tagged-objects/paths/tagged-objects-v1-by-type-by-id.yaml#/put/parameters/0/schema`.

/// `PutTaggedObjectV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PutTaggedObjectV1Type {
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

impl PutTaggedObjectV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PutTaggedObjectV1Type::AccessProfile => "ACCESS_PROFILE",
            PutTaggedObjectV1Type::Application => "APPLICATION",
            PutTaggedObjectV1Type::Campaign => "CAMPAIGN",
            PutTaggedObjectV1Type::Entitlement => "ENTITLEMENT",
            PutTaggedObjectV1Type::Identity => "IDENTITY",
            PutTaggedObjectV1Type::Role => "ROLE",
            PutTaggedObjectV1Type::SodPolicy => "SOD_POLICY",
            PutTaggedObjectV1Type::Source => "SOURCE",
            PutTaggedObjectV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for PutTaggedObjectV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => PutTaggedObjectV1Type::AccessProfile,
            "APPLICATION" => PutTaggedObjectV1Type::Application,
            "CAMPAIGN" => PutTaggedObjectV1Type::Campaign,
            "ENTITLEMENT" => PutTaggedObjectV1Type::Entitlement,
            "IDENTITY" => PutTaggedObjectV1Type::Identity,
            "ROLE" => PutTaggedObjectV1Type::Role,
            "SOD_POLICY" => PutTaggedObjectV1Type::SodPolicy,
            "SOURCE" => PutTaggedObjectV1Type::Source,
            other => PutTaggedObjectV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PutTaggedObjectV1Type);
