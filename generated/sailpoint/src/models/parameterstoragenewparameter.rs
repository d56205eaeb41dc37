//! `Parameterstoragenewparameter`, from `apis/parameter-storage/schemas/parameterstoragenewparameter.yaml`.

/// A parameter to add to parameter storage. The public and private fields must match the type specification.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Parameterstoragenewparameter {
    /// The UUID of the parameter owner.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// The human-readable name for the parameter.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The type of the parameter. This cannot be changed after being set. Please see the types document for more information.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// The content must be a JSON object containing the public fields that can be stored with this parameter.
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    #[serde(rename = "publicFields", skip_serializing_if = "Option::is_none")]
    pub public_fields: Option<serde_json::Value>,
    /// Must be a JWE AES256 encrypted blob.
    /// The content of the blob must be a JSON object containing the private fields that can be stored with this parameter.
    #[serde(rename = "privateFields", skip_serializing_if = "Option::is_none")]
    pub private_fields: Option<String>,
    /// Describe the parameter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Parameterstoragenewparameter {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        owner_id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Parameterstoragenewparameter {
            owner_id: owner_id.into(),
            name: name.into(),
            r#type: r#type.into(),
            public_fields: None,
            private_fields: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Parameterstoragenewparameter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Parameterstoragenewparameter {
    const NAME: &'static str = "Parameterstoragenewparameter";

    #[inline]
    fn empty() -> Self {
        Parameterstoragenewparameter {
            owner_id: Default::default(),
            name: Default::default(),
            r#type: Default::default(),
            public_fields: None,
            private_fields: None,
            description: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "publicFields" => self.public_fields = map.next_value()?,
            "privateFields" => {
                self.private_fields = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
