//! `Textquery`, from `apis/shared/schemas/textquery.yaml`.

/// Query parameters used to construct an Elasticsearch text query object.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Textquery {
    /// Words or characters that specify a particular thing to be searched for.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub terms: Vec<String>,
    /// The fields to be searched.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub fields: Vec<String>,
    /// Indicates that at least one of the terms must be found in the specified fields;  otherwise, all terms must be found.
    #[serde(rename = "matchAny", skip_serializing_if = "Option::is_none")]
    pub match_any: Option<bool>,
    /// Indicates that the terms can be located anywhere in the specified fields;  otherwise, the fields must begin with the terms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contains: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Textquery {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(terms: Vec<String>, fields: Vec<String>) -> Self {
        Textquery {
            terms,
            fields,
            match_any: None,
            contains: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Textquery {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Textquery {
    const NAME: &'static str = "Textquery";

    #[inline]
    fn empty() -> Self {
        Textquery {
            terms: Default::default(),
            fields: Default::default(),
            match_any: None,
            contains: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "terms" => {
                self.terms = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "fields" => {
                self.fields = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "matchAny" => {
                self.match_any = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "contains" => {
                self.contains = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
