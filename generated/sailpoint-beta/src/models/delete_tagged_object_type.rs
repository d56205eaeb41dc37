//! `DeleteTaggedObjectType`, from `beta/paths/tagged-object.yaml#/delete/parameters/0/schema`.

/// `DeleteTaggedObjectType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteTaggedObjectType {
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

impl DeleteTaggedObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteTaggedObjectType::AccessProfile => "ACCESS_PROFILE",
            DeleteTaggedObjectType::Application => "APPLICATION",
            DeleteTaggedObjectType::Campaign => "CAMPAIGN",
            DeleteTaggedObjectType::Entitlement => "ENTITLEMENT",
            DeleteTaggedObjectType::Identity => "IDENTITY",
            DeleteTaggedObjectType::Role => "ROLE",
            DeleteTaggedObjectType::SodPolicy => "SOD_POLICY",
            DeleteTaggedObjectType::Source => "SOURCE",
            DeleteTaggedObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteTaggedObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => DeleteTaggedObjectType::AccessProfile,
            "APPLICATION" => DeleteTaggedObjectType::Application,
            "CAMPAIGN" => DeleteTaggedObjectType::Campaign,
            "ENTITLEMENT" => DeleteTaggedObjectType::Entitlement,
            "IDENTITY" => DeleteTaggedObjectType::Identity,
            "ROLE" => DeleteTaggedObjectType::Role,
            "SOD_POLICY" => DeleteTaggedObjectType::SodPolicy,
            "SOURCE" => DeleteTaggedObjectType::Source,
            other => DeleteTaggedObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteTaggedObjectType);
