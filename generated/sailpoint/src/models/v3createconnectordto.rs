//! `V3createconnectordto`, from `apis/connectors/schemas/v3createconnectordto.yaml`.

use crate::models::V3createconnectordtoStatus;

/// `V3createconnectordto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct V3createconnectordto {
    /// The connector name. Need to be unique per tenant. The name will able be used to derive a url friendly unique scriptname that will be in response. Script name can then be used for all update endpoints
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The connector type. If not specified will be defaulted to 'custom '+name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The connector class name. If you are implementing openconnector standard (what is recommended), then this need to be set to sailpoint.connector.OpenConnectorAdapter
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "className")]
    pub class_name: String,
    /// true if the source is a direct connect source
    #[serde(rename = "directConnect", skip_serializing_if = "Option::is_none")]
    pub direct_connect: Option<bool>,
    /// The connector status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<V3createconnectordtoStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3createconnectordto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>, class_name: impl Into<String>) -> Self {
        V3createconnectordto {
            name: name.into(),
            r#type: None,
            class_name: class_name.into(),
            direct_connect: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for V3createconnectordto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for V3createconnectordto {
    const NAME: &'static str = "V3createconnectordto";

    #[inline]
    fn empty() -> Self {
        V3createconnectordto {
            name: Default::default(),
            r#type: None,
            class_name: Default::default(),
            direct_connect: None,
            status: None,
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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "className" => self.class_name = map.next_value_seed(crate::lenient::Text)?,
            "directConnect" => {
                self.direct_connect = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
