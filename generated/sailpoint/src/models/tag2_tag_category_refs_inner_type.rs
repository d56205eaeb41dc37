//! `Tag2TagCategoryRefsInnerType`, from `apis/tags/schemas/tag-2.yaml#/properties/tagCategoryRefs/items/properties/type`.

/// DTO type of the tagged object's category.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Tag2TagCategoryRefsInnerType {
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

impl Tag2TagCategoryRefsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Tag2TagCategoryRefsInnerType::AccessProfile => "ACCESS_PROFILE",
            Tag2TagCategoryRefsInnerType::Application => "APPLICATION",
            Tag2TagCategoryRefsInnerType::Campaign => "CAMPAIGN",
            Tag2TagCategoryRefsInnerType::Entitlement => "ENTITLEMENT",
            Tag2TagCategoryRefsInnerType::Identity => "IDENTITY",
            Tag2TagCategoryRefsInnerType::Role => "ROLE",
            Tag2TagCategoryRefsInnerType::SodPolicy => "SOD_POLICY",
            Tag2TagCategoryRefsInnerType::Source => "SOURCE",
            Tag2TagCategoryRefsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Tag2TagCategoryRefsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Tag2TagCategoryRefsInnerType::AccessProfile,
            "APPLICATION" => Tag2TagCategoryRefsInnerType::Application,
            "CAMPAIGN" => Tag2TagCategoryRefsInnerType::Campaign,
            "ENTITLEMENT" => Tag2TagCategoryRefsInnerType::Entitlement,
            "IDENTITY" => Tag2TagCategoryRefsInnerType::Identity,
            "ROLE" => Tag2TagCategoryRefsInnerType::Role,
            "SOD_POLICY" => Tag2TagCategoryRefsInnerType::SodPolicy,
            "SOURCE" => Tag2TagCategoryRefsInnerType::Source,
            other => Tag2TagCategoryRefsInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Tag2TagCategoryRefsInnerType);
