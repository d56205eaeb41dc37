//! `BulkapproveentitlementrecommendationitemRecordType`, from `apis/suggested-entitlement-description/schemas/bulkapproveentitlementrecommendationitem.yaml#/properties/recordType`.

/// The type of the recommendation. When omitted, the backend resolves the type by looking up the ID.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BulkapproveentitlementrecommendationitemRecordType {
    /// `SED`
    Sed,
    /// `privilege`
    Privilege,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BulkapproveentitlementrecommendationitemRecordType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BulkapproveentitlementrecommendationitemRecordType::Sed => "SED",
            BulkapproveentitlementrecommendationitemRecordType::Privilege => "privilege",
            BulkapproveentitlementrecommendationitemRecordType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BulkapproveentitlementrecommendationitemRecordType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SED" => BulkapproveentitlementrecommendationitemRecordType::Sed,
            "privilege" => BulkapproveentitlementrecommendationitemRecordType::Privilege,
            other => {
                BulkapproveentitlementrecommendationitemRecordType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(BulkapproveentitlementrecommendationitemRecordType);
