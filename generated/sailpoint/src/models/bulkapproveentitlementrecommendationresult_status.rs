//! `BulkapproveentitlementrecommendationresultStatus`, from `apis/suggested-entitlement-description/schemas/bulkapproveentitlementrecommendationresult.yaml#/properties/status`.

/// The outcome of the approval for this item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BulkapproveentitlementrecommendationresultStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BulkapproveentitlementrecommendationresultStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BulkapproveentitlementrecommendationresultStatus::Success => "SUCCESS",
            BulkapproveentitlementrecommendationresultStatus::Failure => "FAILURE",
            BulkapproveentitlementrecommendationresultStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for BulkapproveentitlementrecommendationresultStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => BulkapproveentitlementrecommendationresultStatus::Success,
            "FAILURE" => BulkapproveentitlementrecommendationresultStatus::Failure,
            other => {
                BulkapproveentitlementrecommendationresultStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(BulkapproveentitlementrecommendationresultStatus);
