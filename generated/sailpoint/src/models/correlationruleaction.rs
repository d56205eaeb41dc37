//! `Correlationruleaction`, from `apis/machine-identities/schemas/correlationruleaction.yaml`.

use crate::models::CorrelationruleactionType;

/// The action applied when a correlation rule matches.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Correlationruleaction {
    /// The target owner type resolved by this action.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CorrelationruleactionType>,
    /// Action-specific payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Correlationruleaction {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: CorrelationruleactionType) -> Self {
        Correlationruleaction {
            r#type: Some(r#type),
            payload: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Correlationruleaction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Correlationruleaction {
    const NAME: &'static str = "Correlationruleaction";

    #[inline]
    fn empty() -> Self {
        Correlationruleaction {
            r#type: None,
            payload: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "payload" => self.payload = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
