//! `DeleteTaggedObjectV1Type`, from `apis/tagged-objects/paths/tagged-objects-v1-by-type-by-id.yaml#/delete/parameters/0/schema`.

/// `DeleteTaggedObjectV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteTaggedObjectV1Type {
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

impl DeleteTaggedObjectV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteTaggedObjectV1Type::AccessProfile => "ACCESS_PROFILE",
            DeleteTaggedObjectV1Type::Application => "APPLICATION",
            DeleteTaggedObjectV1Type::Campaign => "CAMPAIGN",
            DeleteTaggedObjectV1Type::Entitlement => "ENTITLEMENT",
            DeleteTaggedObjectV1Type::Identity => "IDENTITY",
            DeleteTaggedObjectV1Type::Role => "ROLE",
            DeleteTaggedObjectV1Type::SodPolicy => "SOD_POLICY",
            DeleteTaggedObjectV1Type::Source => "SOURCE",
            DeleteTaggedObjectV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteTaggedObjectV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => DeleteTaggedObjectV1Type::AccessProfile,
            "APPLICATION" => DeleteTaggedObjectV1Type::Application,
            "CAMPAIGN" => DeleteTaggedObjectV1Type::Campaign,
            "ENTITLEMENT" => DeleteTaggedObjectV1Type::Entitlement,
            "IDENTITY" => DeleteTaggedObjectV1Type::Identity,
            "ROLE" => DeleteTaggedObjectV1Type::Role,
            "SOD_POLICY" => DeleteTaggedObjectV1Type::SodPolicy,
            "SOURCE" => DeleteTaggedObjectV1Type::Source,
            other => DeleteTaggedObjectV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteTaggedObjectV1Type);
