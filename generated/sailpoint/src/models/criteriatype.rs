//! `Criteriatype`, from `apis/certification-campaign-filters/schemas/criteriatype.yaml`.

/// Type of the criteria in the filter. The `COMPOSITE` filter can contain multiple filters in an AND/OR relationship.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Criteriatype {
    /// `COMPOSITE`
    Composite,
    /// `ROLE`
    Role,
    /// `IDENTITY`
    Identity,
    /// `IDENTITY_ATTRIBUTE`
    IdentityAttribute,
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `SOURCE`
    Source,
    /// `ACCOUNT`
    Account,
    /// `AGGREGATED_ENTITLEMENT`
    AggregatedEntitlement,
    /// `INVALID_CERTIFIABLE_ENTITY`
    InvalidCertifiableEntity,
    /// `INVALID_CERTIFIABLE_BUNDLE`
    InvalidCertifiableBundle,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Criteriatype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Criteriatype::Composite => "COMPOSITE",
            Criteriatype::Role => "ROLE",
            Criteriatype::Identity => "IDENTITY",
            Criteriatype::IdentityAttribute => "IDENTITY_ATTRIBUTE",
            Criteriatype::Entitlement => "ENTITLEMENT",
            Criteriatype::AccessProfile => "ACCESS_PROFILE",
            Criteriatype::Source => "SOURCE",
            Criteriatype::Account => "ACCOUNT",
            Criteriatype::AggregatedEntitlement => "AGGREGATED_ENTITLEMENT",
            Criteriatype::InvalidCertifiableEntity => "INVALID_CERTIFIABLE_ENTITY",
            Criteriatype::InvalidCertifiableBundle => "INVALID_CERTIFIABLE_BUNDLE",
            Criteriatype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Criteriatype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COMPOSITE" => Criteriatype::Composite,
            "ROLE" => Criteriatype::Role,
            "IDENTITY" => Criteriatype::Identity,
            "IDENTITY_ATTRIBUTE" => Criteriatype::IdentityAttribute,
            "ENTITLEMENT" => Criteriatype::Entitlement,
            "ACCESS_PROFILE" => Criteriatype::AccessProfile,
            "SOURCE" => Criteriatype::Source,
            "ACCOUNT" => Criteriatype::Account,
            "AGGREGATED_ENTITLEMENT" => Criteriatype::AggregatedEntitlement,
            "INVALID_CERTIFIABLE_ENTITY" => Criteriatype::InvalidCertifiableEntity,
            "INVALID_CERTIFIABLE_BUNDLE" => Criteriatype::InvalidCertifiableBundle,
            other => Criteriatype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Criteriatype);
