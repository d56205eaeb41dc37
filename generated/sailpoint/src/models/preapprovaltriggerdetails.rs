//! `Preapprovaltriggerdetails`, from `apis/access-requests/schemas/preapprovaltriggerdetails.yaml`.

use crate::models::PreapprovaltriggerdetailsDecision;

/// Provides additional details about the pre-approval trigger for this request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Preapprovaltriggerdetails {
    /// Comment left for the pre-approval decision
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The reviewer of the pre-approval decision
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// The decision of the pre-approval trigger
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<PreapprovaltriggerdetailsDecision>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Preapprovaltriggerdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Preapprovaltriggerdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Preapprovaltriggerdetails {
    const NAME: &'static str = "Preapprovaltriggerdetails";

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
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "reviewer" => {
                self.reviewer = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "decision" => self.decision = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
