//! `CertificationsReviewableaccessprofile`, from `apis/certifications/schemas/reviewableaccessprofile.yaml`.

use crate::models::{
    CertificationsReviewableentitlement, Identityreferencewithnameandemail,
};

/// `CertificationsReviewableaccessprofile` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CertificationsReviewableaccessprofile {
    /// The id of the Access Profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Access Profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the Access Profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Indicates if the entitlement is a privileged entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// True if the entitlement is cloud governed
    #[serde(rename = "cloudGoverned", skip_serializing_if = "Option::is_none")]
    pub cloud_governed: Option<bool>,
    /// The date at which a user's access expires
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Owner of the Access Profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Identityreferencewithnameandemail>,
    /// A list of entitlements associated with this Access Profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<CertificationsReviewableentitlement>>,
    /// Date the Access Profile was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Access Profile was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationsReviewableaccessprofile {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CertificationsReviewableaccessprofile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CertificationsReviewableaccessprofile {
    const NAME: &'static str = "CertificationsReviewableaccessprofile";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "privileged" => {
                self.privileged = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "cloudGoverned" => {
                self.cloud_governed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "endDate" => self.end_date = map.next_value_seed(crate::datetime::Optional)?,
            "owner" => self.owner = map.next_value()?,
            "entitlements" => self.entitlements = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
