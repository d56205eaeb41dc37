//! `Accessreviewitem`, from `apis/certifications/schemas/accessreviewitem.yaml`.

use crate::models::{
    Certificationdecision, CertificationsAccesssummary,
    CertificationsCertificationidentitysummary,
};

/// `Accessreviewitem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessreviewitem {
    #[serde(rename = "accessSummary", skip_serializing_if = "Option::is_none")]
    pub access_summary: Option<CertificationsAccesssummary>,
    #[serde(rename = "identitySummary", skip_serializing_if = "Option::is_none")]
    pub identity_summary: Option<CertificationsCertificationidentitysummary>,
    /// The review item's id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether the review item is complete
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
    /// Indicates whether the review item is for new access to a source
    #[serde(rename = "newAccess", skip_serializing_if = "Option::is_none")]
    pub new_access: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<Certificationdecision>,
    /// Comments for this review item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessreviewitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessreviewitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessreviewitem {
    const NAME: &'static str = "Accessreviewitem";

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
            "accessSummary" => self.access_summary = map.next_value()?,
            "identitySummary" => self.identity_summary = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "newAccess" => {
                self.new_access = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "decision" => self.decision = map.next_value()?,
            "comments" => {
                self.comments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
