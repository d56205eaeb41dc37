//! `TaggedObjectObjectRefType`, from `beta/schemas/TaggedObject.yaml#/properties/objectRef/properties/type`.

/// DTO type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaggedObjectObjectRefType {
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

impl TaggedObjectObjectRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaggedObjectObjectRefType::AccessProfile => "ACCESS_PROFILE",
            TaggedObjectObjectRefType::Application => "APPLICATION",
            TaggedObjectObjectRefType::Campaign => "CAMPAIGN",
            TaggedObjectObjectRefType::Entitlement => "ENTITLEMENT",
            TaggedObjectObjectRefType::Identity => "IDENTITY",
            TaggedObjectObjectRefType::Role => "ROLE",
            TaggedObjectObjectRefType::SodPolicy => "SOD_POLICY",
            TaggedObjectObjectRefType::Source => "SOURCE",
            TaggedObjectObjectRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaggedObjectObjectRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => TaggedObjectObjectRefType::AccessProfile,
            "APPLICATION" => TaggedObjectObjectRefType::Application,
            "CAMPAIGN" => TaggedObjectObjectRefType::Campaign,
            "ENTITLEMENT" => TaggedObjectObjectRefType::Entitlement,
            "IDENTITY" => TaggedObjectObjectRefType::Identity,
            "ROLE" => TaggedObjectObjectRefType::Role,
            "SOD_POLICY" => TaggedObjectObjectRefType::SodPolicy,
            "SOURCE" => TaggedObjectObjectRefType::Source,
            other => TaggedObjectObjectRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaggedObjectObjectRefType);
