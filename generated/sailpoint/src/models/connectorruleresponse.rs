//! `Connectorruleresponse`, from `apis/connector-rule-management/schemas/connectorruleresponse.yaml`.

use crate::models::{
    ConnectorrulecreaterequestSignature, ConnectorrulecreaterequestType, Sourcecode,
};

/// ConnectorRuleResponse
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Connectorruleresponse {
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
    /// the ID of the rule
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// an ISO 8601 UTC timestamp when this rule was created
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub created: String,
    /// an ISO 8601 UTC timestamp when this rule was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Connectorruleresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        r#type: ConnectorrulecreaterequestType,
        source_code: Sourcecode,
        id: impl Into<String>,
        created: impl Into<String>,
    ) -> Self {
        Connectorruleresponse {
            name: name.into(),
            description: None,
            r#type: Some(r#type),
            signature: None,
            source_code: Some(source_code),
            attributes: None,
            id: id.into(),
            created: created.into(),
            modified: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Connectorruleresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Connectorruleresponse {
    const NAME: &'static str = "Connectorruleresponse";

    #[inline]
    fn empty() -> Self {
        Connectorruleresponse {
            name: Default::default(),
            description: None,
            r#type: None,
            signature: None,
            source_code: None,
            attributes: None,
            id: Default::default(),
            created: Default::default(),
            modified: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "signature" => self.signature = map.next_value()?,
            "sourceCode" => self.source_code = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::lenient::Text)?,
            "modified" => {
                self.modified = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
