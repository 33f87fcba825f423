import logging

from fastapi import FastAPI, Request, WebSocket
from fastapi.middleware.cors import CORSMiddleware
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from app.routers import admin, auth, files, items, orders

logger = logging.getLogger("inventory")

app = FastAPI(title="Inventory", debug=True)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.add_middleware(ProxyHeadersMiddleware, trusted_hosts="*")


@app.middleware("http")
async def log_requests(request: Request, call_next):
    logger.info("request %s %s headers=%s", request.method, request.url.path, dict(request.headers))
    response = await call_next(request)
    logger.info("response %s", response.status_code)
    return response


app.include_router(items.router)
app.include_router(files.router)
app.include_router(auth.router)
app.include_router(orders.router, prefix="/api")
app.include_router(admin.router, prefix="/api")


@app.get("/health")
def health():
    return {"ok": True}


@app.websocket("/ws/stock")
async def stock_updates(websocket: WebSocket):
    # Accepted from anyone: no token is read from the handshake.
    await websocket.accept()
    while True:
        await websocket.send_json(await websocket.receive_json())
