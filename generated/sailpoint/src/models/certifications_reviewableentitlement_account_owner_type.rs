//! `CertificationsReviewableentitlementAccountOwnerType`, from `apis/certifications/schemas/reviewableentitlement.yaml#/properties/account/properties/owner/properties/type`.

/// An enumeration of the types of Owner supported within the IdentityNow infrastructure.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationsReviewableentitlementAccountOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationsReviewableentitlementAccountOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationsReviewableentitlementAccountOwnerType::Identity => "IDENTITY",
            CertificationsReviewableentitlementAccountOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationsReviewableentitlementAccountOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CertificationsReviewableentitlementAccountOwnerType::Identity,
            other => {
                CertificationsReviewableentitlementAccountOwnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(CertificationsReviewableentitlementAccountOwnerType);
