//! `Connectorruleupdaterequest`, from `apis/connector-rule-management/schemas/connectorruleupdaterequest.yaml`.

use crate::models::{
    ConnectorrulecreaterequestSignature, ConnectorrulecreaterequestType, Sourcecode,
};

/// ConnectorRuleUpdateRequest
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Connectorruleupdaterequest {
    /// the ID of the rule to update
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// the name of the rule
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// a description of the rule's purpose
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// the type of rule
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ConnectorrulecreaterequestType>,
    /// The rule's function signature. Describes the rule's input arguments and output (if any)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<ConnectorrulecreaterequestSignature>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "sourceCode", skip_serializing_if = "Option::is_none")]
    pub source_code: Option<Sourcecode>,
    /// a map of string to objects
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Connectorruleupdaterequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: ConnectorrulecreaterequestType,
        source_code: Sourcecode,
    ) -> Self {
        Connectorruleupdaterequest {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type: Some(r#type),
            signature: None,
            source_code: Some(source_code),
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Connectorruleupdaterequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Connectorruleupdaterequest {
    const NAME: &'static str = "Connectorruleupdaterequest";

    #[inline]
    fn empty() -> Self {
        Connectorruleupdaterequest {
            id: Default::default(),
            name: Default::default(),
            description: None,
            r#type: None,
            signature: None,
            source_code: None,
            attributes: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "signature" => self.signature = map.next_value()?,
            "sourceCode" => self.source_code = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
