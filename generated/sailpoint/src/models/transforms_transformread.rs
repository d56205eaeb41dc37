//! `TransformsTransformread`, from `apis/transforms/schemas/transformread.yaml`.

use crate::models::{TransformsTransformAttributes, TransformsTransformType};

/// `TransformsTransformread` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TransformsTransformread {
    /// Unique name of this transform
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The type of transform operation
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TransformsTransformType>,
    /// Meta-data about the transform. Values in this list are specific to the type of transform to be executed.
    pub attributes: Option<TransformsTransformAttributes>,
    /// Unique ID of this transform
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Indicates whether this is an internal SailPoint-created transform or a customer-created transform
    ///
    /// A server's absent or `null` member reads as `false`.
    pub internal: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TransformsTransformread {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        r#type: TransformsTransformType,
        id: impl Into<String>,
        internal: bool,
    ) -> Self {
        TransformsTransformread {
            name: name.into(),
            r#type: Some(r#type),
            attributes: None,
            id: id.into(),
            internal,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TransformsTransformread {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TransformsTransformread {
    const NAME: &'static str = "TransformsTransformread";

    #[inline]
    fn empty() -> Self {
        TransformsTransformread {
            name: Default::default(),
            r#type: None,
            attributes: None,
            id: Default::default(),
            internal: Default::default(),
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
            "type" => self.r#type = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "internal" => self.internal = map.next_value_seed(crate::lenient::Flag)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
