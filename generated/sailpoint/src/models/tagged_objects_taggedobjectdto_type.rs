//! `TaggedObjectsTaggedobjectdtoType`, from `apis/tagged-objects/schemas/taggedobjectdto.yaml#/properties/type`.

/// DTO type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaggedObjectsTaggedobjectdtoType {
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

impl TaggedObjectsTaggedobjectdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaggedObjectsTaggedobjectdtoType::AccessProfile => "ACCESS_PROFILE",
            TaggedObjectsTaggedobjectdtoType::Application => "APPLICATION",
            TaggedObjectsTaggedobjectdtoType::Campaign => "CAMPAIGN",
            TaggedObjectsTaggedobjectdtoType::Entitlement => "ENTITLEMENT",
            TaggedObjectsTaggedobjectdtoType::Identity => "IDENTITY",
            TaggedObjectsTaggedobjectdtoType::Role => "ROLE",
            TaggedObjectsTaggedobjectdtoType::SodPolicy => "SOD_POLICY",
            TaggedObjectsTaggedobjectdtoType::Source => "SOURCE",
            TaggedObjectsTaggedobjectdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaggedObjectsTaggedobjectdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => TaggedObjectsTaggedobjectdtoType::AccessProfile,
            "APPLICATION" => TaggedObjectsTaggedobjectdtoType::Application,
            "CAMPAIGN" => TaggedObjectsTaggedobjectdtoType::Campaign,
            "ENTITLEMENT" => TaggedObjectsTaggedobjectdtoType::Entitlement,
            "IDENTITY" => TaggedObjectsTaggedobjectdtoType::Identity,
            "ROLE" => TaggedObjectsTaggedobjectdtoType::Role,
            "SOD_POLICY" => TaggedObjectsTaggedobjectdtoType::SodPolicy,
            "SOURCE" => TaggedObjectsTaggedobjectdtoType::Source,
            other => TaggedObjectsTaggedobjectdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaggedObjectsTaggedobjectdtoType);
