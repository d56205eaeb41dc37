//! `Connectorrulevalidationresponse`, from `apis/connector-rule-management/schemas/connectorrulevalidationresponse.yaml`.

use crate::models::{
    ConnectorrulevalidationresponseDetailsInner, ConnectorrulevalidationresponseState,
};

/// ConnectorRuleValidationResponse
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Connectorrulevalidationresponse {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<ConnectorrulevalidationresponseState>,
    /// A server's absent or `null` member reads as an empty list.
    pub details: Vec<ConnectorrulevalidationresponseDetailsInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Connectorrulevalidationresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        state: ConnectorrulevalidationresponseState,
        details: Vec<ConnectorrulevalidationresponseDetailsInner>,
    ) -> Self {
        Connectorrulevalidationresponse {
            state: Some(state),
            details,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Connectorrulevalidationresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Connectorrulevalidationresponse {
    const NAME: &'static str = "Connectorrulevalidationresponse";

    #[inline]
    fn empty() -> Self {
        Connectorrulevalidationresponse {
            state: None,
            details: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "state" => self.state = map.next_value()?,
            "details" => {
                self.details = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
