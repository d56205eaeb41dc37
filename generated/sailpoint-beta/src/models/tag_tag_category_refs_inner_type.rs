//! `TagTagCategoryRefsInnerType`, from `beta/schemas/Tag.yaml#/properties/tagCategoryRefs/items/properties/type`.

/// DTO type of the tagged object's category.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TagTagCategoryRefsInnerType {
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

impl TagTagCategoryRefsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TagTagCategoryRefsInnerType::AccessProfile => "ACCESS_PROFILE",
            TagTagCategoryRefsInnerType::Application => "APPLICATION",
            TagTagCategoryRefsInnerType::Campaign => "CAMPAIGN",
            TagTagCategoryRefsInnerType::Entitlement => "ENTITLEMENT",
            TagTagCategoryRefsInnerType::Identity => "IDENTITY",
            TagTagCategoryRefsInnerType::Role => "ROLE",
            TagTagCategoryRefsInnerType::SodPolicy => "SOD_POLICY",
            TagTagCategoryRefsInnerType::Source => "SOURCE",
            TagTagCategoryRefsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TagTagCategoryRefsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => TagTagCategoryRefsInnerType::AccessProfile,
            "APPLICATION" => TagTagCategoryRefsInnerType::Application,
            "CAMPAIGN" => TagTagCategoryRefsInnerType::Campaign,
            "ENTITLEMENT" => TagTagCategoryRefsInnerType::Entitlement,
            "IDENTITY" => TagTagCategoryRefsInnerType::Identity,
            "ROLE" => TagTagCategoryRefsInnerType::Role,
            "SOD_POLICY" => TagTagCategoryRefsInnerType::SodPolicy,
            "SOURCE" => TagTagCategoryRefsInnerType::Source,
            other => TagTagCategoryRefsInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TagTagCategoryRefsInnerType);
