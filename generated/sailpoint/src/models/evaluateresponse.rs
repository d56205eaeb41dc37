//! `Evaluateresponse`, from `apis/work-reassignment/schemas/evaluateresponse.yaml`.

use crate::models::Lookupstep;

/// The response body for Evaluate Reassignment Configuration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Evaluateresponse {
    /// The Identity ID which should be the recipient of any work items sent to a specific identity & work type
    #[serde(rename = "reassignToId", skip_serializing_if = "Option::is_none")]
    pub reassign_to_id: Option<String>,
    /// List of Reassignments found by looking up the next `TargetIdentity` in a ReassignmentConfiguration
    #[serde(rename = "lookupTrail", skip_serializing_if = "Option::is_none")]
    pub lookup_trail: Option<Vec<Lookupstep>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Evaluateresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Evaluateresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Evaluateresponse {
    const NAME: &'static str = "Evaluateresponse";

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
            "reassignToId" => {
                self.reassign_to_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lookupTrail" => self.lookup_trail = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
