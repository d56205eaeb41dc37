//! `Sodpolicyschedule`, from `apis/sod-policies/schemas/sodpolicyschedule.yaml`.

use crate::models::{SodPoliciesSchedule, Sodrecipient};

/// `Sodpolicyschedule` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sodpolicyschedule {
    /// SOD Policy schedule name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time when this SOD policy schedule is created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when this SOD policy schedule is modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// SOD Policy schedule description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<SodPoliciesSchedule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<Sodrecipient>>,
    /// Indicates if empty results need to be emailed
    #[serde(rename = "emailEmptyResults", skip_serializing_if = "Option::is_none")]
    pub email_empty_results: Option<bool>,
    /// Policy's creator ID
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "creatorId", skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    /// Policy's modifier ID
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "modifierId", skip_serializing_if = "Option::is_none")]
    pub modifier_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sodpolicyschedule {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sodpolicyschedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sodpolicyschedule {
    const NAME: &'static str = "Sodpolicyschedule";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "schedule" => self.schedule = map.next_value()?,
            "recipients" => self.recipients = map.next_value()?,
            "emailEmptyResults" => {
                self.email_empty_results = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "creatorId" => {
                self.creator_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "modifierId" => {
                self.modifier_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
