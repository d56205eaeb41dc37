//! `Configurationdetailsresponse`, from `apis/work-reassignment/schemas/configurationdetailsresponse.yaml`.

use crate::models::{Auditdetails, Configtypeenum, Identity2};

/// The request body of Reassignment Configuration Details for a specific identity and config type
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Configurationdetailsresponse {
    #[serde(rename = "configType", skip_serializing_if = "Option::is_none")]
    pub config_type: Option<Configtypeenum>,
    #[serde(rename = "targetIdentity", skip_serializing_if = "Option::is_none")]
    pub target_identity: Option<Identity2>,
    /// The date from which to start reassigning work items
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date from which to stop reassigning work items.  If this is an empty string it indicates a permanent reassignment.
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "auditDetails", skip_serializing_if = "Option::is_none")]
    pub audit_details: Option<Auditdetails>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Configurationdetailsresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Configurationdetailsresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Configurationdetailsresponse {
    const NAME: &'static str = "Configurationdetailsresponse";

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
            "configType" => self.config_type = map.next_value()?,
            "targetIdentity" => self.target_identity = map.next_value()?,
            "startDate" => {
                self.start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "endDate" => self.end_date = map.next_value_seed(crate::datetime::Optional)?,
            "auditDetails" => self.audit_details = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
