//! `TaggedobjectdtoType`, from `apis/identities/schemas/taggedobjectdto.yaml#/properties/type`.

/// DTO type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaggedobjectdtoType {
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

impl TaggedobjectdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaggedobjectdtoType::AccessProfile => "ACCESS_PROFILE",
            TaggedobjectdtoType::Application => "APPLICATION",
            TaggedobjectdtoType::Campaign => "CAMPAIGN",
            TaggedobjectdtoType::Entitlement => "ENTITLEMENT",
            TaggedobjectdtoType::Identity => "IDENTITY",
            TaggedobjectdtoType::Role => "ROLE",
            TaggedobjectdtoType::SodPolicy => "SOD_POLICY",
            TaggedobjectdtoType::Source => "SOURCE",
            TaggedobjectdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaggedobjectdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => TaggedobjectdtoType::AccessProfile,
            "APPLICATION" => TaggedobjectdtoType::Application,
            "CAMPAIGN" => TaggedobjectdtoType::Campaign,
            "ENTITLEMENT" => TaggedobjectdtoType::Entitlement,
            "IDENTITY" => TaggedobjectdtoType::Identity,
            "ROLE" => TaggedobjectdtoType::Role,
            "SOD_POLICY" => TaggedobjectdtoType::SodPolicy,
            "SOURCE" => TaggedobjectdtoType::Source,
            other => TaggedobjectdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaggedobjectdtoType);
