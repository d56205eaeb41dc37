//! `CertificationsAccesssummary`, from `apis/certifications/schemas/accesssummary.yaml`.

use crate::models::{
    CertificationsAccesssummaryAccess, CertificationsReviewableaccessprofile,
    CertificationsReviewableentitlement, CertificationsReviewablerole,
};

/// An object holding the access that is being reviewed
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CertificationsAccesssummary {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<CertificationsAccesssummaryAccess>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlement: Option<CertificationsReviewableentitlement>,
    #[serde(rename = "accessProfile", skip_serializing_if = "Option::is_none")]
    pub access_profile: Option<CertificationsReviewableaccessprofile>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<CertificationsReviewablerole>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationsAccesssummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CertificationsAccesssummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CertificationsAccesssummary {
    const NAME: &'static str = "CertificationsAccesssummary";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "access" => self.access = map.next_value()?,
            "entitlement" => self.entitlement = map.next_value()?,
            "accessProfile" => self.access_profile = map.next_value()?,
            "role" => self.role = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
