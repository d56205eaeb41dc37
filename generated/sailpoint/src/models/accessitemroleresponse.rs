//! `Accessitemroleresponse`, from `apis/identity-history/schemas/accessitemroleresponse.yaml`.

/// `Accessitemroleresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessitemroleresponse {
    /// the access item id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the access item type. role in this case
    #[serde(rename = "accessType", skip_serializing_if = "Option::is_none")]
    pub access_type: Option<String>,
    /// the role display name
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the associated source name if it exists
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// the description for the role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// the date the access profile will be assigned to the specified identity, in case requested with a future start date
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// the date the role is no longer assigned to the specified identity
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<String>,
    /// indicates whether the role is revocable
    ///
    /// A server's absent or `null` member reads as `false`.
    pub revocable: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessitemroleresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(revocable: bool) -> Self {
        Accessitemroleresponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            description: None,
            start_date: None,
            remove_date: None,
            revocable,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessitemroleresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessitemroleresponse {
    const NAME: &'static str = "Accessitemroleresponse";

    #[inline]
    fn empty() -> Self {
        Accessitemroleresponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            description: None,
            start_date: None,
            remove_date: None,
            revocable: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "accessType" => {
                self.access_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "startDate" => {
                self.start_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "revocable" => self.revocable = map.next_value_seed(crate::lenient::Flag)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
