//! `Parameterstorageparameter`, from `apis/parameter-storage/schemas/parameterstorageparameter.yaml`.

/// A parameter that has been retrieved from the store.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Parameterstorageparameter {
    /// The ID of the reference
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The ID of the user who owns the parameter.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// The type of the parameter. This cannot be changed after being set. Please see the types document for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The human-readable name of the parameter.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The name of the primary field in the public fields.
    #[serde(rename = "primaryField", skip_serializing_if = "Option::is_none")]
    pub primary_field: Option<String>,
    /// The public fields stored for this parameter. See the types document for information about what can be stored.
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    /// A server's absent or `null` member reads as `null`.
    #[serde(rename = "publicFields")]
    pub public_fields: serde_json::Value,
    /// Describe the parameter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ISO8606 format datetime of the last time any field of the parameter was changed.
    #[serde(rename = "lastModifiedAt", skip_serializing_if = "Option::is_none")]
    pub last_modified_at: Option<String>,
    /// The ID of the user who last modified the parameter. Empty when identity is not known.
    #[serde(rename = "lastModifiedBy", skip_serializing_if = "Option::is_none")]
    pub last_modified_by: Option<String>,
    /// ISO8606 format datetime of the time the secret fields were changed on the parameter.
    #[serde(
        rename = "privateFieldsLastModifiedAt",
        skip_serializing_if = "Option::is_none"
    )]
    pub private_fields_last_modified_at: Option<String>,
    /// The ID of the user who last modified the private fields. Empty when identity is not known.
    #[serde(
        rename = "privateFieldsLastModifiedBy",
        skip_serializing_if = "Option::is_none"
    )]
    pub private_fields_last_modified_by: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Parameterstorageparameter {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        owner_id: impl Into<String>,
        name: impl Into<String>,
        public_fields: serde_json::Value,
    ) -> Self {
        Parameterstorageparameter {
            id: id.into(),
            owner_id: owner_id.into(),
            r#type: None,
            name: name.into(),
            primary_field: None,
            public_fields,
            description: None,
            last_modified_at: None,
            last_modified_by: None,
            private_fields_last_modified_at: None,
            private_fields_last_modified_by: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Parameterstorageparameter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Parameterstorageparameter {
    const NAME: &'static str = "Parameterstorageparameter";

    #[inline]
    fn empty() -> Self {
        Parameterstorageparameter {
            id: Default::default(),
            owner_id: Default::default(),
            r#type: None,
            name: Default::default(),
            primary_field: None,
            public_fields: Default::default(),
            description: None,
            last_modified_at: None,
            last_modified_by: None,
            private_fields_last_modified_at: None,
            private_fields_last_modified_by: None,
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
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "primaryField" => {
                self.primary_field = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "publicFields" => self.public_fields = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lastModifiedAt" => {
                self.last_modified_at = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lastModifiedBy" => {
                self.last_modified_by = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "privateFieldsLastModifiedAt" => {
                self.private_fields_last_modified_at = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "privateFieldsLastModifiedBy" => {
                self.private_fields_last_modified_by = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
