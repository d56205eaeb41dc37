//! `Formdefinitionfileuploadresponse`, from `apis/custom-forms/schemas/formdefinitionfileuploadresponse.yaml`.

/// `Formdefinitionfileuploadresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formdefinitionfileuploadresponse {
    /// Created is the date the file was uploaded
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// fileId is a unique ULID that serves as an identifier for the form definition file
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// FormDefinitionID is a unique guid identifying this form definition
    #[serde(rename = "formDefinitionId", skip_serializing_if = "Option::is_none")]
    pub form_definition_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formdefinitionfileuploadresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formdefinitionfileuploadresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formdefinitionfileuploadresponse {
    const NAME: &'static str = "Formdefinitionfileuploadresponse";

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
            "created" => self.created = map.next_value_seed(crate::lenient::TextOption)?,
            "fileId" => self.file_id = map.next_value_seed(crate::lenient::TextOption)?,
            "formDefinitionId" => {
                self.form_definition_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
