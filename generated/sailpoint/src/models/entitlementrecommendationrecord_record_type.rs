//! `EntitlementrecommendationrecordRecordType`, from `apis/suggested-entitlement-description/schemas/entitlementrecommendationrecord.yaml#/properties/recordType`.

/// The type of recommendation. "SED" indicates a suggested description recommendation; "privilege" indicates a privilege-level recommendation.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementrecommendationrecordRecordType {
    /// `SED`
    Sed,
    /// `privilege`
    Privilege,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementrecommendationrecordRecordType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementrecommendationrecordRecordType::Sed => "SED",
            EntitlementrecommendationrecordRecordType::Privilege => "privilege",
            EntitlementrecommendationrecordRecordType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementrecommendationrecordRecordType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SED" => EntitlementrecommendationrecordRecordType::Sed,
            "privilege" => EntitlementrecommendationrecordRecordType::Privilege,
            other => EntitlementrecommendationrecordRecordType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementrecommendationrecordRecordType);
