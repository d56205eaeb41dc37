//! `PutTaggedObjectType`, from `beta/paths/tagged-object.yaml#/put/parameters/0/schema`.

/// `PutTaggedObjectType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PutTaggedObjectType {
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

impl PutTaggedObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PutTaggedObjectType::AccessProfile => "ACCESS_PROFILE",
            PutTaggedObjectType::Application => "APPLICATION",
            PutTaggedObjectType::Campaign => "CAMPAIGN",
            PutTaggedObjectType::Entitlement => "ENTITLEMENT",
            PutTaggedObjectType::Identity => "IDENTITY",
            PutTaggedObjectType::Role => "ROLE",
            PutTaggedObjectType::SodPolicy => "SOD_POLICY",
            PutTaggedObjectType::Source => "SOURCE",
            PutTaggedObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for PutTaggedObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => PutTaggedObjectType::AccessProfile,
            "APPLICATION" => PutTaggedObjectType::Application,
            "CAMPAIGN" => PutTaggedObjectType::Campaign,
            "ENTITLEMENT" => PutTaggedObjectType::Entitlement,
            "IDENTITY" => PutTaggedObjectType::Identity,
            "ROLE" => PutTaggedObjectType::Role,
            "SOD_POLICY" => PutTaggedObjectType::SodPolicy,
            "SOURCE" => PutTaggedObjectType::Source,
            other => PutTaggedObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PutTaggedObjectType);
