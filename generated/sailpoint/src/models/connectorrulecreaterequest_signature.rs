//! `ConnectorrulecreaterequestSignature`, from `apis/connector-rule-management/schemas/connectorrulecreaterequest.yaml#/properties/signature`.

use crate::models::Argument;

/// The rule's function signature. Describes the rule's input arguments and output (if any)
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ConnectorrulecreaterequestSignature {
    /// A server's absent or `null` member reads as an empty list.
    pub input: Vec<Argument>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Argument>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConnectorrulecreaterequestSignature {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(input: Vec<Argument>) -> Self {
        ConnectorrulecreaterequestSignature {
            input,
            output: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ConnectorrulecreaterequestSignature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ConnectorrulecreaterequestSignature {
    const NAME: &'static str = "ConnectorrulecreaterequestSignature";

    #[inline]
    fn empty() -> Self {
        ConnectorrulecreaterequestSignature {
            input: Default::default(),
            output: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "input" => {
                self.input = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "output" => self.output = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
