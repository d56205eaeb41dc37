//! `TaggedObjectDtoType`, from `v3/schemas/TaggedObjectDto.yaml#/properties/type`.

/// DTO type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaggedObjectDtoType {
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

impl TaggedObjectDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaggedObjectDtoType::AccessProfile => "ACCESS_PROFILE",
            TaggedObjectDtoType::Application => "APPLICATION",
            TaggedObjectDtoType::Campaign => "CAMPAIGN",
            TaggedObjectDtoType::Entitlement => "ENTITLEMENT",
            TaggedObjectDtoType::Identity => "IDENTITY",
            TaggedObjectDtoType::Role => "ROLE",
            TaggedObjectDtoType::SodPolicy => "SOD_POLICY",
            TaggedObjectDtoType::Source => "SOURCE",
            TaggedObjectDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaggedObjectDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => TaggedObjectDtoType::AccessProfile,
            "APPLICATION" => TaggedObjectDtoType::Application,
            "CAMPAIGN" => TaggedObjectDtoType::Campaign,
            "ENTITLEMENT" => TaggedObjectDtoType::Entitlement,
            "IDENTITY" => TaggedObjectDtoType::Identity,
            "ROLE" => TaggedObjectDtoType::Role,
            "SOD_POLICY" => TaggedObjectDtoType::SodPolicy,
            "SOURCE" => TaggedObjectDtoType::Source,
            other => TaggedObjectDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaggedObjectDtoType);
