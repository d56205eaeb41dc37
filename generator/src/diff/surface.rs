//! The crate's public surface, read from a model as plain data: what a user's code can name
//! and call. Two surfaces compare item by item; that comparison is the API diff.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Api, Operation, TypeDef, TypeKind, TypeRef};
use crate::render::rust::features;
use crate::render::rust::types::{field_type_in, rust_type_in};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Surface {
    /// The cargo features, one per API area.
    pub features: BTreeSet<String>,
    /// Every method of the client, by operationId.
    pub methods: BTreeMap<String, Method>,
    /// Every model type, by its Rust name.
    pub types: BTreeMap<String, Type>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    /// How it is called: `client.identities().list_identities()`.
    pub call: String,
    /// `GET /identities`.
    pub endpoint: String,
    pub deprecated: bool,
    /// The method's arguments, in order: path parameters, then the other required inputs.
    pub arguments: Vec<Input>,
    /// The builder's setters for optional inputs, by name.
    pub setters: BTreeMap<String, Input>,
    /// What `send()` returns for each success status: `200: Vec<models::Identity>`.
    pub returns: Vec<String>,
    /// Its documentation (summary and description under `""`) and each parameter's, by name.
    pub docs: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub name: String,
    /// Its Rust type, as the model spells it.
    pub ty: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Type {
    pub deprecated: bool,
    pub shape: Shape,
    /// The type's documentation (under `""`) and each field's, by name.
    pub docs: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Struct {
        fields: BTreeMap<String, Field>,
        /// The arguments of `new`, in order.
        constructor: Vec<String>,
        /// Users can build it with a struct literal (it is not `#[non_exhaustive]`), so any
        /// field added breaks their code.
        exhaustive: bool,
    },
    /// The values sent on the wire, each with its variant's name.
    Enum { values: BTreeMap<String, String> },
    /// Each alternative's variant name, with the type it holds.
    Union {
        alternatives: BTreeMap<String, String>,
        /// Users can match it without a wildcard arm, so an alternative added breaks their code.
        exhaustive: bool,
    },
    /// Another type under this name.
    Alias { target: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The JSON member name.
    pub json_name: String,
    /// Its Rust type, `Option<…>` when it is optional.
    pub ty: String,
    pub deprecated: bool,
}

impl Shape {
    pub fn kind(&self) -> &'static str {
        match self {
            Shape::Struct { .. } => "struct",
            Shape::Enum { .. } => "enum",
            Shape::Union { .. } => "union",
            Shape::Alias { .. } => "type alias",
        }
    }
}

/// The public surface of the crate generated from `api`.
pub fn surface(api: &Api) -> Surface {
    let mut methods = BTreeMap::new();
    for tag in &api.tags {
        for &index in &tag.operations {
            let operation = &api.operations[index];
            let method = method(api, &tag.names.module, operation);
            methods.insert(operation.operation_id.clone(), method);
        }
    }
    let types = api
        .types
        .iter()
        .map(|def| (def.name.clone(), type_of(api, def)))
        .collect();
    Surface {
        features: features::all(api).into_iter().collect(),
        methods,
        types,
    }
}

fn rust(api: &Api, ty: &TypeRef) -> String {
    rust_type_in(api, ty, "models::")
}

fn method(api: &Api, module: &str, operation: &Operation) -> Method {
    let mut arguments: Vec<Input> = operation
        .required_params()
        .map(|param| Input {
            name: param.name.clone(),
            ty: rust(api, &param.ty),
        })
        .collect();
    let mut setters: BTreeMap<String, Input> = operation
        .optional_params()
        .map(|param| {
            let input = Input {
                name: param.name.clone(),
                ty: rust(api, &param.ty),
            };
            (param.name.clone(), input)
        })
        .collect();
    if let Some(body) = &operation.body {
        let input = Input {
            name: body.name.clone(),
            ty: rust(api, &body.sent().ty),
        };
        if body.required {
            arguments.push(input);
        } else {
            setters.insert(body.name.clone(), input);
        }
    }
    let returns = operation
        .success_responses()
        .map(|response| {
            let ty = response
                .preferred_content()
                .map_or_else(|| "()".to_owned(), |content| rust(api, &content.ty));
            format!("{}: {ty}", response.status.label())
        })
        .collect();
    let own = [&operation.summary, &operation.description]
        .map(|text| text.as_deref().unwrap_or_default());
    let mut docs = BTreeMap::from([(String::new(), own.join("\n"))]);
    docs.extend(operation.params.iter().map(|param| {
        (
            param.name.clone(),
            param.description.clone().unwrap_or_default(),
        )
    }));
    Method {
        call: format!("client.{module}().{}()", operation.names.method),
        endpoint: format!(
            "{} {}",
            operation.http_method.to_uppercase(),
            operation.path
        ),
        deprecated: operation.deprecated,
        arguments,
        setters,
        returns,
        docs,
    }
}

fn type_of(api: &Api, def: &TypeDef) -> Type {
    let mut docs = BTreeMap::from([(String::new(), def.description.clone().unwrap_or_default())]);
    let shape = match &def.kind {
        TypeKind::Struct(s) => {
            docs.extend(
                s.fields
                    .iter()
                    .map(|f| (f.name.clone(), f.description.clone().unwrap_or_default())),
            );
            let fields = s
                .fields
                .iter()
                .map(|field| {
                    let ty = field_type_in(api, field, "models::");
                    let shape = Field {
                        json_name: field.json_name.clone(),
                        ty,
                        deprecated: field.deprecated,
                    };
                    (field.name.clone(), shape)
                })
                .collect();
            let constructor = s
                .fields
                .iter()
                .filter(|field| field.is_constructor_arg())
                .map(|field| field.name.clone())
                .collect();
            Shape::Struct {
                fields,
                constructor,
                // The generated structs are `#[non_exhaustive]` (templates/rust/model_struct.rs).
                exhaustive: false,
            }
        }
        TypeKind::Enum(e) => Shape::Enum {
            values: e
                .variants
                .iter()
                .map(|v| (v.value.clone(), v.name.clone()))
                .collect(),
        },
        TypeKind::Union(u) => Shape::Union {
            alternatives: u
                .variants
                .iter()
                .map(|v| (v.name.clone(), rust(api, &v.ty)))
                .collect(),
            // The generated unions are plain enums; string enums are `#[non_exhaustive]`.
            exhaustive: true,
        },
        TypeKind::Alias(target) => Shape::Alias {
            target: rust(api, target),
        },
    };
    Type {
        deprecated: def.deprecated,
        shape,
        docs,
    }
}
